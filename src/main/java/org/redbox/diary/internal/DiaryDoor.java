package org.redbox.diary.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.redbox.diary.Diary;
import org.redbox.diary.DiaryAccess;
import org.redbox.diary.DiaryAccessPolicy;
import org.redbox.diary.DiaryId;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.PrincipalPostSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.StaffId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a diary for one person, or refuses: someone who may not know the diary exists gets
 * {@link DiaryNotFound} (404), office staff who may not do what they ask get 403. The
 * principal is found from the post's holder today ({@link DiaryAccessPolicy}).
 */
@Component
@Transactional(readOnly = true)
public class DiaryDoor {

	private final Diaries diaries;
	private final DirectoryManagement directory;
	private final Clock clock;

	DiaryDoor(Diaries diaries, DirectoryManagement directory, Clock clock) {
		this.diaries = diaries;
		this.directory = directory;
		this.clock = clock;
	}

	/** The diaries {@code by} may see, by title. */
	public List<OpenDiary> visible(SignedInStaff by) {
		if (!DiaryAccessPolicy.mayHaveDiaries(by)) {
			return List.of();
		}
		return diaries.findAllByOrderByTitle().stream().map(diary -> new OpenDiary(diary, accessOf(by, diary)))
				.filter(open -> open.access().sees()).toList();
	}

	public OpenDiary toSee(SignedInStaff by, DiaryId id) {
		Diary diary = diaries.findById(id.value()).orElseThrow(DiaryNotFound::new);
		DiaryAccess access = accessOf(by, diary);
		if (!access.sees()) {
			throw new DiaryNotFound();
		}
		return new OpenDiary(diary, access);
	}

	public OpenDiary toEdit(SignedInStaff by, DiaryId id) {
		OpenDiary open = toSee(by, id);
		DiaryAdministration.requireEdits(open.access());
		return open;
	}

	OpenDiary toManageFeed(SignedInStaff by, DiaryId id) {
		OpenDiary open = toSee(by, id);
		if (!open.access().managesFeed()) {
			throw new AccessDeniedException("Only the principal and the diary managers manage the diary's feed");
		}
		return open;
	}

	private DiaryAccess accessOf(SignedInStaff by, Diary diary) {
		StaffId holder = directory.principalPost(diary.postId(), LocalDate.now(clock)).map(PrincipalPostSummary::holder)
				.orElse(null);
		return DiaryAccessPolicy.of(by, diary.officeId(), holder);
	}
}
