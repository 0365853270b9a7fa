package org.redbox.diary.internal;

import java.util.List;

import org.redbox.diary.EntryDetails;
import org.redbox.diary.OccurrenceChange;

/**
 * One event read from an iCalendar file or a CalDAV resource, as a diary entry would hold it:
 * the series (or single event) with its cancelled and moved occurrences.
 *
 * @param uid the event's UID, kept so that the same event read again updates the same entry
 * @param kindStated whether the description named the entry's kind (as Redbox's own feed does)
 * @param busyOnly whether it is a private event showing nothing but "Busy" (how Redbox sends one)
 * @param cancelled whether the whole event is cancelled (STATUS:CANCELLED)
 */
public record IcsEvent(String uid, EntryDetails details, List<OccurrenceChange> changes, boolean kindStated,
		boolean busyOnly, boolean cancelled) {

	public IcsEvent {
		changes = List.copyOf(changes);
	}

	/** What the event says, in a line: for a note or a message. */
	public String describe() {
		var time = details.time();
		String when = time.allDay() ? "all day " + time.start().toLocalDate() : time.start() + " to " + time.end() + " " + time.zone().getId();
		return "“" + details.title() + "”, " + when + (details.location() == null ? "" : ", at " + details.location());
	}
}
