package org.redbox.diary.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.redbox.diary.Clash;
import org.redbox.diary.ClashPolicy;
import org.redbox.diary.Diary;
import org.redbox.diary.DiaryAccess;
import org.redbox.diary.DiaryEntry;
import org.redbox.diary.DiaryId;
import org.redbox.diary.Occurrence;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.ReadAuditor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Windows of a diary — a day, a week, the coming fortnight — as one person may see them, with
 * the clashes among their occurrences. Only the entries that reach the window are read, and
 * series are expanded only within it.
 */
@Service
@Transactional(readOnly = true)
public class DiaryWindows {

	private final DiaryDoor door;
	private final DiaryEntries entries;
	private final ReadAuditor reads;

	DiaryWindows(DiaryDoor door, DiaryEntries entries, ReadAuditor reads) {
		this.door = door;
		this.entries = entries;
		this.reads = reads;
	}

	/** What {@code by} sees from {@code from} to {@code to}, with clash warnings naming entries as they see them. */
	public record Window(OpenDiary open, List<Occurrence> occurrences, List<Clash> clashes, List<String> warnings) {
	}

	/**
	 * @param showsAttendees whether the page shows who the principal meets (recorded as a read of personal data);
	 * when it does not (the week view), the occurrences carry no attendees, cases or notes, and those are not read
	 */
	public Window window(SignedInStaff by, DiaryId id, Instant from, Instant to, boolean showsAttendees) {
		OpenDiary open = door.toSee(by, id);
		DiaryAccess access = open.access();
		List<Occurrence> all = showsAttendees ? occurrences(open.diary(), from, to)
				: times(open.diary(), from, to).stream().sorted(Comparator.comparing(Occurrence::startInstant)).toList();
		List<Clash> clashes = new ClashPolicy(open.diary().defaultTravelMinutes()).clashesAmong(all);
		List<Occurrence> shown = all.stream().map(access::show).toList();
		if (showsAttendees && shown.stream().anyMatch(o -> !o.attendees().isEmpty())) {
			reads.recordRead(by.actor(), open.diary().officeId(), "Diary", id.toString(),
					"viewed who " + open.diary().title() + " meets, " + from + " to " + to);
		}
		List<String> warnings = clashes.stream().map(clash -> clash.describe(o -> access.show(o).title())).toList();
		return new Window(open, shown, clashes, warnings);
	}

	/** Every occurrence of the diary in the window, in full, earliest first. */
	List<Occurrence> occurrences(Diary diary, Instant from, Instant to) {
		return entries.findReaching(diary.id().value(), from, to).stream()
				.flatMap(entry -> entry.occurrencesBetween(from, to).stream())
				.sorted(Comparator.comparing(Occurrence::startInstant)).toList();
	}

	/**
	 * As {@link #times}, only of the entries that come within {@link ClashPolicy#REACH} of one of {@code near}'s
	 * occurrences: for a series' clash check, its neighbours rather than every entry of the 90 days. The spans
	 * are read first (three columns), then only the entries near enough.
	 */
	List<Occurrence> timesNear(Diary diary, Instant from, Instant to, List<Occurrence> near) {
		// Each timed occurrence's neighbourhood, worked out once; all-day entries never clash.
		List<Instant[]> around = near.stream().filter(o -> !o.allDay())
				.map(o -> new Instant[] { o.startInstant().minus(ClashPolicy.REACH), o.endInstant().plus(ClashPolicy.REACH) })
				.toList();
		List<UUID> ids = entries.findSpansReaching(diary.id().value(), from, to, from.minus(DiaryEntry.SHORT_SPAN)).stream()
				.filter(span -> around.stream().anyMatch(hood -> span.reaches(hood[0], hood[1]))).map(EntrySpan::id).toList();
		return ids.isEmpty() ? List.of()
				: entries.findTimesOf(ids).stream().flatMap(entry -> entry.timesBetween(from, to).stream()).toList();
	}

	/** Every occurrence of the diary in the window with what a clash check needs (no attendees, cases or notes). */
	List<Occurrence> times(Diary diary, Instant from, Instant to) {
		return entries.findTimesReaching(diary.id().value(), from, to, from.minus(DiaryEntry.SHORT_SPAN)).stream()
				.flatMap(entry -> entry.timesBetween(from, to).stream()).toList();
	}
}
