package org.redbox.diary.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.redbox.diary.Attendee;
import org.redbox.diary.Occurrence;

/** One occurrence as a view lists it, with its times in the diary's zone. */
public record OccurrenceItem(String entryId, String href, String times, String title, String kind, String location,
		List<String> attendees, boolean busy, boolean recurring, boolean moved, boolean clash, boolean privateEntry) {

	private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

	static OccurrenceItem of(Occurrence o, String diaryHref, ZoneId zone, LocalDate day, Set<String> clashing) {
		boolean busy = Occurrence.BUSY.equals(o.title()) && o.privateEntry() && o.attendees().isEmpty() && o.location() == null;
		return new OccurrenceItem(o.entry().toString(), diaryHref + "/entries/" + o.entry(), times(o, zone, day),
				o.title(), busy ? "Busy" : o.kind().displayName(), o.location(), o.attendees().stream().map(Attendee::describe).toList(),
				busy, o.isRecurring(), o.moved(), clashing.contains(key(o)), o.privateEntry());
	}

	/** Identifies one occurrence among a window's. */
	static String key(Occurrence o) {
		return o.entry() + "/" + o.originalStart();
	}

	private static String times(Occurrence o, ZoneId zone, LocalDate day) {
		if (o.allDay()) {
			return "All day";
		}
		ZonedDateTime start = o.start().withZoneSameInstant(zone);
		ZonedDateTime end = o.end().withZoneSameInstant(zone);
		String from = start.toLocalDate().isBefore(day) ? "(from " + start.toLocalDate() + ")" : CLOCK.format(start);
		String to = end.toLocalDate().isAfter(day) ? "(to " + end.toLocalDate() + ")" : CLOCK.format(end);
		return from + "\u2013" + to;
	}
}
