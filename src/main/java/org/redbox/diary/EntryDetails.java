package org.redbox.diary;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What a diary manager says of an entry.
 *
 * @param travelMinutes the time needed to get here from elsewhere; {@code null} for the diary's default
 * @param recurrence how it repeats; {@code null} for a single entry
 * @param cases the cases the entry is about, by id
 */
public record EntryDetails(EntryKind kind, String title, EntryTime time, String location, List<Attendee> attendees,
		String notes, boolean privateEntry, Integer travelMinutes, Set<UUID> cases, RecurrenceRule recurrence) {

	public EntryDetails {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(time, "time");
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("An entry needs a title");
		}
		if (travelMinutes != null && (travelMinutes < 0 || travelMinutes > 24 * 60)) {
			throw new IllegalArgumentException("Travel time is between 0 and 1,440 minutes");
		}
		title = title.strip();
		location = location == null || location.isBlank() ? null : location.strip();
		notes = notes == null || notes.isBlank() ? null : notes.strip();
		attendees = attendees == null ? List.of() : List.copyOf(attendees);
		cases = cases == null ? Set.of() : Set.copyOf(cases);
	}

	/** A single timed entry with nothing but a kind, title, time and place. */
	public static EntryDetails simple(EntryKind kind, String title, EntryTime time, String location) {
		return new EntryDetails(kind, title, time, location, List.of(), null, false, null, Set.of(), null);
	}
}
