package org.redbox.diary.invitations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.redbox.diary.ClashPolicy;
import org.redbox.diary.Diary;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryId;
import org.redbox.diary.EntryKind;
import org.redbox.diary.Occurrence;
import org.redbox.diary.internal.Diaries;
import org.redbox.diary.internal.DiaryDoor;
import org.redbox.diary.internal.DiaryWindows;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.PostHolder;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diaries an invitation concerns: the office's principal's (the holder of its first post by
 * title, as letters are signed), the other principals' it may be delegated to, and the
 * principal's day of the event with the clashes the event would make ({@link ClashPolicy}).
 */
@Component
@Transactional(readOnly = true)
public class InvitationDiaries {

	private final Diaries diaries;
	private final DiaryDoor door;
	private final DiaryWindows windows;
	private final DirectoryManagement directory;
	private final Clock clock;

	InvitationDiaries(Diaries diaries, DiaryDoor door, DiaryWindows windows, DirectoryManagement directory, Clock clock) {
		this.diaries = diaries;
		this.door = door;
		this.windows = windows;
		this.directory = directory;
		this.clock = clock;
	}

	/** The office's principal's diary: the one of the post that signs its letters, else its first by title. */
	public Optional<Diary> principalsOf(OfficeId office) {
		List<Diary> own = diaries.findAllByOrderByTitle().stream().filter(d -> d.officeId().equals(office)).toList();
		String post = directory.principalOn(office, LocalDate.now(clock)).map(PostHolder::post).orElse(null);
		return own.stream().filter(d -> d.title().equals(post)).findFirst().or(() -> own.stream().findFirst());
	}

	/** The diaries an invitation to {@code office}'s principal may be delegated to: every other principal's, by title. */
	public List<Diary> delegatesFor(OfficeId office) {
		Optional<DiaryId> own = principalsOf(office).map(Diary::id);
		return diaries.findAllByOrderByTitle().stream().filter(d -> own.map(id -> !id.equals(d.id())).orElse(true)).toList();
	}

	public Optional<Diary> diary(DiaryId id) {
		return diaries.findById(id.value());
	}

	/**
	 * The principal's day of the event as {@code by} may see it (private entries as busy), and the
	 * clashes the event would make; empty when {@code by} may not see the diary.
	 */
	public Optional<Day> dayOf(SignedInStaff by, Diary diary, InvitationDetails event) {
		if (door.visible(by).stream().noneMatch(open -> open.diary().id().equals(diary.id()))) {
			return Optional.empty();
		}
		LocalDate date = event.eventDate();
		Instant from = date.atStartOfDay(diary.zone()).toInstant();
		Instant to = date.plusDays(1).atStartOfDay(diary.zone()).toInstant();
		Instant around = event.time().endInstant().isAfter(to) ? event.time().endInstant() : to;
		var window = windows.window(by, diary.id(), from.minus(Duration.ofHours(6)), around.plus(Duration.ofHours(6)), false);
		Occurrence proposed = new Occurrence(new EntryId(java.util.UUID.randomUUID()), null, event.time(), EntryKind.ENGAGEMENT,
				event.eventName(), event.venue(), List.of(), null, Set.of(), false, null, false);
		var all = new ArrayList<>(window.occurrences());
		all.add(proposed);
		List<String> clashes = new ClashPolicy(diary.defaultTravelMinutes()).clashesOf(proposed.entry(), all).stream()
				.map(clash -> clash.describe(Occurrence::title)).distinct().toList();
		List<Occurrence> sameDay = window.occurrences().stream()
				.filter(o -> o.startInstant().isBefore(to) && o.endInstant().isAfter(from)).toList();
		return Optional.of(new Day(diary, date, sameDay, clashes));
	}

	/** The principal's day of an event: what is already in it, and the clashes the event would make. */
	public record Day(Diary diary, LocalDate date, List<Occurrence> occurrences, List<String> clashes) {
	}
}
