package org.redbox.diary.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.redbox.diary.ClashPolicy;
import org.redbox.diary.DiaryAccess;
import org.redbox.diary.DiaryEntry;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.EntryId;
import org.redbox.diary.EntryTime;
import org.redbox.diary.Occurrence;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.ReadAuditor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with a principal's diary: read a window of it, and (diary managers) add,
 * change and cancel entries and single occurrences. Every method checks access on the server
 * ({@link DiaryDoor}); a save answers with the clashes it causes, as warnings.
 */
@Service
@Transactional
public class DiaryAdministration {

	/** How far ahead a series is checked for clashes when it is saved. */
	static final Duration SERIES_CLASH_HORIZON = Duration.ofDays(90);

	private final DiaryDoor door;
	private final DiaryEntries entries;
	private final DiaryWindows windows;
	private final ReadAuditor reads;
	private final Clock clock;

	DiaryAdministration(DiaryDoor door, DiaryEntries entries, DiaryWindows windows, ReadAuditor reads, Clock clock) {
		this.door = door;
		this.entries = entries;
		this.windows = windows;
		this.reads = reads;
		this.clock = clock;
	}

	/**
	 * An entry saved, with the clashes it now has (warnings: it is saved regardless) and how long the clash
	 * check took, reading the entries around it included.
	 */
	public record Saved(EntryId entry, List<String> warnings, Duration clashCheck) {

		private Saved(EntryId entry, Check check) {
			this(entry, check.warnings(), check.took());
		}

		/** The check's time as an HTTP {@code Server-Timing} metric, for browsers' developer tools and the load harness. */
		public String serverTiming() {
			return String.format(Locale.ROOT, "clash;desc=\"Clash check\";dur=%.2f", clashCheck.toNanos() / 1e6);
		}
	}

	private record Check(List<String> warnings, Duration took) {
	}

	/** An entry as one person may see it: a private entry shows to most staff as busy only. */
	public record EntryView(EntryId id, DiaryEntry entry, EntryDetails details, boolean busyOnly) {
	}

	public Saved add(SignedInStaff by, DiaryId diary, EntryDetails details) {
		OpenDiary open = door.toEdit(by, diary);
		DiaryEntry entry = DiaryEntry.add(open.diary(), details, by.actor(), clock.instant());
		// Checked before it is saved: the window is read without first writing the new entry out to be found in it.
		Check clashes = check(open, entry, defaultClashWindow(entry));
		return new Saved(entries.save(entry).id(), clashes);
	}

	public Saved revise(SignedInStaff by, DiaryId diary, EntryId id, EntryDetails details) {
		OpenDiary open = door.toEdit(by, diary);
		DiaryEntry entry = entryOf(open, id);
		entry.revise(details, by.actor(), clock.instant());
		entries.save(entry);
		return new Saved(entry.id(), check(open, entry, defaultClashWindow(entry)));
	}

	public void cancel(SignedInStaff by, DiaryId diary, EntryId id) {
		OpenDiary open = door.toEdit(by, diary);
		DiaryEntry entry = entryOf(open, id);
		entry.cancel(by.actor(), clock.instant());
		entries.save(entry);
	}

	public void cancelOccurrence(SignedInStaff by, DiaryId diary, EntryId id, LocalDateTime originalStart) {
		OpenDiary open = door.toEdit(by, diary);
		DiaryEntry entry = entryOf(open, id);
		entry.cancelOccurrence(originalStart, by.actor(), clock.instant());
		entries.save(entry);
	}

	public Saved moveOccurrence(SignedInStaff by, DiaryId diary, EntryId id, LocalDateTime originalStart, EntryTime moved) {
		OpenDiary open = door.toEdit(by, diary);
		DiaryEntry entry = entryOf(open, id);
		entry.moveOccurrence(originalStart, moved, by.actor(), clock.instant());
		entries.save(entry);
		Instant[] window = { moved.startInstant().minus(Duration.ofDays(1)), moved.endInstant().plus(Duration.ofDays(1)) };
		return new Saved(entry.id(), check(open, entry, window));
	}

	/** The clashes an entry has now, as warnings: for entries saved another way, such as an import. */
	public List<String> clashesOf(SignedInStaff by, DiaryId diary, EntryId id) {
		OpenDiary open = door.toSee(by, diary);
		DiaryEntry entry = entryOf(open, id);
		return entry.isCancelled() ? List.of() : clashes(open, entry, defaultClashWindow(entry));
	}

	/** One entry as {@code by} may see it; a view showing who the principal meets is recorded as a read. */
	public EntryView entry(SignedInStaff by, DiaryId diary, EntryId id) {
		OpenDiary open = door.toSee(by, diary);
		DiaryEntry entry = entryOf(open, id);
		EntryDetails details = entry.details();
		boolean busyOnly = details.privateEntry() && !open.access().seesPrivate();
		if (busyOnly) {
			details = new EntryDetails(details.kind(), Occurrence.BUSY, details.time(), null, List.of(), null, true,
					details.travelMinutes(), null, details.recurrence());
		}
		else if (!details.attendees().isEmpty()) {
			reads.recordRead(by.actor(), open.diary().officeId(), "DiaryEntry", id.toString(),
					"viewed who " + open.diary().title() + " meets at " + details.title());
		}
		return new EntryView(id, busyOnly ? null : entry, details, busyOnly);
	}

	private DiaryEntry entryOf(OpenDiary open, EntryId id) {
		return entries.findById(id.value()).filter(entry -> entry.diaryId().equals(open.diary().id()))
				.orElseThrow(DiaryNotFound::new);
	}

	/** Around a single entry; for a series, from its start (or today, if later) for 90 days. */
	private Instant[] defaultClashWindow(DiaryEntry entry) {
		EntryTime time = entry.time();
		if (entry.recurrence().isEmpty()) {
			return new Instant[] { time.startInstant().minus(Duration.ofDays(1)), time.endInstant().plus(Duration.ofDays(1)) };
		}
		Instant today = LocalDate.now(clock).atStartOfDay(time.zone()).toInstant();
		Instant from = time.startInstant().isAfter(today) ? time.startInstant() : today;
		return new Instant[] { from, from.plus(SERIES_CLASH_HORIZON) };
	}

	/** The clashes, timed with the JVM's monotonic clock (a duration, not a time of day: not the injected clock). */
	private Check check(OpenDiary open, DiaryEntry saved, Instant[] window) {
		long started = System.nanoTime();
		List<String> warnings = clashes(open, saved, window);
		return new Check(warnings, Duration.ofNanos(System.nanoTime() - started));
	}

	private List<String> clashes(OpenDiary open, DiaryEntry saved, Instant[] window) {
		List<Occurrence> own = saved.timesBetween(window[0], window[1]);
		if (own.isEmpty()) {
			return List.of(); // a series over before today: nothing of it is left to clash
		}
		// A single entry's window is already its neighbourhood; a series' 90 days are read only around its occurrences.
		var all = new ArrayList<Occurrence>(saved.recurrence().isPresent()
				? windows.timesNear(open.diary(), window[0], window[1], own)
				: windows.times(open.diary(), window[0], window[1]));
		all.removeIf(o -> o.entry().equals(saved.id()));
		all.addAll(own);
		DiaryAccess access = open.access();
		return new ClashPolicy(open.diary().defaultTravelMinutes()).clashesOf(saved.id(), all).stream()
				.map(clash -> clash.describe(o -> access.show(o).title())).distinct().toList();
	}

	/** Refuses what only a diary manager may do. */
	static void requireEdits(DiaryAccess access) {
		if (!access.edits()) {
			throw new AccessDeniedException("Only the office's diary managers change the diary");
		}
	}
}
