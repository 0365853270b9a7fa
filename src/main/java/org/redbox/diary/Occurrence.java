package org.redbox.diary;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One happening of an entry in a window: the entry itself, or one occurrence of a series (with
 * the local start it has in the rule, {@code originalStart}, even when it was moved).
 */
public record Occurrence(EntryId entry, LocalDateTime originalStart, EntryTime time, EntryKind kind, String title,
		String location, List<Attendee> attendees, String notes, Set<UUID> cases, boolean privateEntry,
		Integer travelMinutes, boolean moved) {

	public static final String BUSY = "Busy";
	private static final Pattern SPACES = Pattern.compile("\\s+");

	public boolean isRecurring() {
		return originalStart != null;
	}

	public ZonedDateTime start() {
		return time.zonedStart();
	}

	public ZonedDateTime end() {
		return time.zonedEnd();
	}

	public Instant startInstant() {
		return time.startInstant();
	}

	public Instant endInstant() {
		return time.endInstant();
	}

	public boolean allDay() {
		return time.allDay();
	}

	/** As someone who may not see private entries sees this one: busy, with nothing more. */
	public Occurrence asBusy() {
		return new Occurrence(entry, originalStart, time, kind, BUSY, null, List.of(), null, Set.of(), true, travelMinutes,
				moved);
	}

	/** Where this occurrence is, for comparing places: case and spacing ignored; null when none is set. */
	String place() {
		return location == null || location.isBlank() ? null
				: SPACES.matcher(location.strip()).replaceAll(" ").toLowerCase(java.util.Locale.ROOT);
	}
}
