package org.redbox.diary.internal;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.redbox.diary.Diary;
import org.redbox.diary.DiaryEntry;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.OccurrenceChange;
import org.redbox.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Turns an event from outside (an .ics file, a CalDAV server) into a diary entry, or brings an
 * entry it made before up to date. What iCalendar cannot carry is kept from the entry: its
 * attendees, linked cases and travel time, and its kind unless the event names one. A private
 * entry that came back as "Busy" (as Redbox sends it) takes only its times from outside; an
 * entry once private stays private. Each change is the aggregate's own, so it is audited.
 */
@Component
public class IcsEntryWriter {

	private final DiaryEntries entries;

	IcsEntryWriter(DiaryEntries entries) {
		this.entries = entries;
	}

	/** A new entry for {@code event}, saved and flushed (so that its version is final). */
	public DiaryEntry add(Diary diary, IcsEvent event, Actor by, Instant now) {
		DiaryEntry entry = entries.save(DiaryEntry.add(diary, event.details(), by, now));
		applyChanges(entry, event, by, now);
		return entries.saveAndFlush(entry);
	}

	/** {@code entry} revised to what {@code event} now says, saved and flushed; a cancelled event cancels it. */
	public DiaryEntry update(DiaryEntry entry, IcsEvent event, Actor by, Instant now) {
		if (entry.isCancelled()) {
			return entry;
		}
		if (event.cancelled()) {
			entry.cancel(by, now);
			return entries.saveAndFlush(entry);
		}
		EntryDetails current = entry.details();
		EntryDetails outside = event.details();
		boolean timesOnly = current.privateEntry() && event.busyOnly();
		var revised = new EntryDetails(event.kindStated() ? outside.kind() : current.kind(),
				timesOnly ? current.title() : outside.title(), outside.time(), timesOnly ? current.location() : outside.location(),
				current.attendees(), timesOnly ? current.notes() : outside.notes(), current.privateEntry() || outside.privateEntry(),
				current.travelMinutes(), current.cases(), outside.recurrence());
		if (revised.equals(current) && entry.changes().equals(Set.copyOf(event.changes()))) {
			return entry;
		}
		entry.revise(revised, by, now);
		applyChanges(entry, event, by, now);
		return entries.saveAndFlush(entry);
	}

	/** The event's cancelled and moved occurrences, exactly; an exception naming no occurrence of the series is passed over. */
	private static void applyChanges(DiaryEntry entry, IcsEvent event, Actor by, Instant now) {
		if (entry.recurrence().isEmpty()) {
			return;
		}
		entry.restoreOccurrencesExcept(event.changes().stream().map(OccurrenceChange::originalStart).collect(Collectors.toSet()), now);
		Set<OccurrenceChange> existing = entry.changes();
		for (OccurrenceChange change : event.changes()) {
			if (existing.contains(change)) {
				continue;
			}
			try {
				if (change.cancelled()) {
					entry.cancelOccurrence(change.originalStart(), by, now);
				}
				else {
					entry.moveOccurrence(change.originalStart(),
							new org.redbox.diary.EntryTime(change.start(), change.end(), entry.time().zone(), entry.time().allDay()), by, now);
				}
			}
			catch (IllegalArgumentException e) {
				// An EXDATE or override for a start the series does not have: calendar apps keep such leftovers.
			}
		}
	}
}
