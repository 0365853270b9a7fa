package org.redbox.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Expands one entry into its occurrences within a window, and only there: a series of ten
 * years costs the same to show for one week as a series of one. Occurrences are computed in
 * the entry's wall-clock time, then placed in its zone (see {@link EntryTime} for the hours a
 * clock change skips or repeats). For a clash check, occurrences can leave out who attends,
 * the linked cases and the notes ({@link #timesOf}), so that those are never read.
 */
final class OccurrenceExpansion {

	private final DiaryEntry entry;
	private final EntryTime time;
	private final RecurrenceRule recurrence;
	private final List<Attendee> attendees;
	private final Set<UUID> cases;
	private final String notes;

	private OccurrenceExpansion(DiaryEntry entry, boolean people) {
		this.entry = entry;
		this.time = entry.time();
		this.recurrence = entry.recurrence().orElse(null);
		this.attendees = people ? entry.attendees() : List.of();
		this.cases = people ? entry.cases() : Set.of();
		this.notes = people ? entry.notes() : null;
	}

	static OccurrenceExpansion of(DiaryEntry entry) {
		return new OccurrenceExpansion(entry, true);
	}

	/** Occurrences with their times, title, place and travel, but no attendees, cases or notes. */
	static OccurrenceExpansion timesOf(DiaryEntry entry) {
		return new OccurrenceExpansion(entry, false);
	}

	List<Occurrence> between(Instant from, Instant to) {
		if (recurrence == null) {
			return overlaps(time, from, to) ? List.of(occurrence(null, time, false)) : List.of();
		}
		Map<LocalDateTime, OccurrenceChange> changes = entry.changes().stream()
				.collect(Collectors.toMap(OccurrenceChange::originalStart, Function.identity()));
		var found = new ArrayList<Occurrence>();
		for (LocalDateTime start : startsNear(time, from, to)) {
			EntryTime occurrence = time.startingAt(start);
			if (!changes.containsKey(start) && overlaps(occurrence, from, to)) {
				found.add(occurrence(start, occurrence, false));
			}
		}
		for (OccurrenceChange change : changes.values()) {
			EntryTime moved = change.cancelled() ? null : new EntryTime(change.start(), change.end(), time.zone(), time.allDay());
			if (moved != null && overlaps(moved, from, to)) {
				found.add(occurrence(change.originalStart(), moved, true));
			}
		}
		found.sort(Comparator.comparing(Occurrence::startInstant));
		return found;
	}

	/** Starts in a local window wide enough for any occurrence overlapping the instants asked for. */
	private List<LocalDateTime> startsNear(EntryTime time, Instant from, Instant to) {
		ZoneId zone = time.zone();
		LocalDateTime localFrom = LocalDateTime.ofInstant(from, zone).minus(time.length()).minusDays(1);
		LocalDateTime localTo = LocalDateTime.ofInstant(to, zone).plusDays(1);
		if (time.allDay()) {
			return recurrence.daysBetween(time.start().toLocalDate(), localFrom.toLocalDate(), localTo.toLocalDate())
					.stream().map(LocalDate::atStartOfDay).toList();
		}
		return recurrence.startsBetween(time.start(), localFrom, localTo);
	}

	private static boolean overlaps(EntryTime time, Instant from, Instant to) {
		return time.startInstant().isBefore(to) && time.endInstant().isAfter(from);
	}

	private Occurrence occurrence(LocalDateTime originalStart, EntryTime time, boolean moved) {
		return new Occurrence(entry.id(), originalStart, time, entry.kind(), entry.title(), entry.location(), attendees, notes,
				cases, entry.isPrivate(), entry.travelMinutes(), moved);
	}
}
