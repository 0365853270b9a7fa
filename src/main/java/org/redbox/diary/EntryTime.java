package org.redbox.diary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When an entry happens, in wall-clock time with its zone, so that a 10:00 meeting stays at
 * 10:00 local time whichever side of a clock change it falls. An all-day entry runs from
 * midnight of its first day to midnight after its last ({@code end} is exclusive).
 *
 * <p>A local time that does not exist (01:30 on the last Sunday of March in London) is read, as
 * RFC 5545 says, with the offset before the gap: it becomes 02:30 BST. A time that happens twice
 * (01:30 on the last Sunday of October) is the first of the two.
 */
public record EntryTime(LocalDateTime start, LocalDateTime end, ZoneId zone, boolean allDay) {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	public EntryTime {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		Objects.requireNonNull(zone, "zone");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("An entry must end after it starts");
		}
		if (allDay && (!start.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) || !end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT))) {
			throw new IllegalArgumentException("An all-day entry runs from midnight to midnight");
		}
	}

	public static EntryTime timed(LocalDateTime start, LocalDateTime end, ZoneId zone) {
		return new EntryTime(start, end, zone, false);
	}

	/** All day from {@code first} to {@code last}, both included. */
	public static EntryTime allDay(LocalDate first, LocalDate last, ZoneId zone) {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("An entry must end after it starts");
		}
		return new EntryTime(first.atStartOfDay(), last.plusDays(1).atStartOfDay(), zone, true);
	}

	/** The same length and zone, starting at {@code otherStart} (an occurrence of a series). */
	public EntryTime startingAt(LocalDateTime otherStart) {
		return new EntryTime(otherStart, otherStart.plus(Duration.between(start, end)), zone, allDay);
	}

	public ZonedDateTime zonedStart() {
		return ZonedDateTime.of(start, zone);
	}

	public ZonedDateTime zonedEnd() {
		return ZonedDateTime.of(end, zone);
	}

	public Instant startInstant() {
		return zonedStart().toInstant();
	}

	public Instant endInstant() {
		return zonedEnd().toInstant();
	}

	/** The wall-clock length (a 09:00–10:00 meeting lasts an hour on any day). */
	public Duration length() {
		return Duration.between(start, end);
	}

	/** The last day an all-day entry covers. */
	public LocalDate lastDay() {
		return allDay ? end.toLocalDate().minusDays(1) : end.toLocalDate();
	}
}
