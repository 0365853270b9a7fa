package org.redbox.diary.internal;

import java.util.List;

import org.redbox.diary.BriefingOnEntry;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EngagementBriefings;
import org.redbox.diary.EntryId;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The briefings shown on a diary entry's page: all those commissioned for it, for someone who
 * sees the entry in full; and whether they may commission one (a diary manager or the head of office).
 */
@Service
@Transactional(readOnly = true)
public class EntryBriefings {

	private final DiaryDoor door;
	private final DiaryEntries entries;
	private final ObjectProvider<EngagementBriefings> briefings;
	private final DaySheetReadiness readiness;

	EntryBriefings(DiaryDoor door, DiaryEntries entries, ObjectProvider<EngagementBriefings> briefings,
			DaySheetReadiness readiness) {
		this.door = door;
		this.entries = entries;
		this.briefings = briefings;
		this.readiness = readiness;
	}

	/** What the entry page shows of briefings. */
	public record OnEntry(List<BriefingOnEntry> briefings, boolean mayCommission) {

		static final OnEntry NONE = new OnEntry(List.of(), false);
	}

	public OnEntry of(SignedInStaff by, DiaryId diary, EntryId entry) {
		OpenDiary open = door.toSee(by, diary);
		var found = entries.findById(entry.value()).filter(e -> e.diaryId().equals(diary));
		EngagementBriefings source = briefings.getIfAvailable();
		if (found.isEmpty() || source == null || (found.get().isPrivate() && !open.access().seesPrivate())) {
			return OnEntry.NONE;
		}
		var office = open.diary().officeId();
		return new OnEntry(source.on(office, List.of(entry), readiness.today(open.diary().zone())),
				!found.get().isCancelled() && by.holdsAnyOf(office, Role.DIARY_MANAGER, Role.CHIEF_OF_STAFF));
	}
}
