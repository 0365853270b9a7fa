package org.redbox.worktime;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Computes every case deadline in Redbox: N working days after receipt (day 1 is the first
 * working day after the day of receipt), calendar months for subject access, responses
 * counted from an acknowledgement, clock stops and extensions.
 */
public class StatutoryClock {

	private final ClockRules rules;
	private final WorkingCalendars calendars;
	private final Clock clock;

	public StatutoryClock(ClockRules rules, WorkingCalendars calendars, Clock clock) {
		this.rules = rules;
		this.calendars = calendars;
		this.clock = clock;
	}

	public ClockRule ruleFor(ClockType type, String officeCode) {
		return rules.ruleFor(type, officeCode);
	}

	/**
	 * @throws IllegalArgumentException when a stop starts before receipt, stops overlap, or
	 *         the extensions exceed the rule's maximum
	 */
	public Deadline deadline(DeadlineRequest request) {
		ClockRule rule = rules.ruleFor(request.type(), request.officeCode());
		HolidayRegion region = rule.regionFor(request.jurisdiction());
		WorkingCalendar calendar = calendars.calendar(region);
		LocalDate today = LocalDate.now(clock);
		List<ClockStop> stops = ordered(request.stops(), request.received());
		int extension = totalExtension(rule, request.extensions());
		boolean provisional = stops.stream().anyMatch(ClockStop::isOpen);

		if (rule.unit() == ClockRule.Unit.CALENDAR_MONTHS) {
			long stopped = stops.stream().mapToLong(s -> ChronoUnit.DAYS.between(s.stoppedOn(), resumed(s, today))).sum();
			LocalDate due = calendar.nextWorkingDayOnOrAfter(
					request.received().plusMonths(rule.amount() + (long) extension).plusDays(stopped));
			return new Deadline(due, null, rule, region, rule.describe(region), (int) stopped, extension, provisional);
		}
		LocalDate acknowledgementDue = rule.acknowledgementDays() == null ? null
				: calendar.plusWorkingDays(request.received(), rule.acknowledgementDays());
		LocalDate start = request.received();
		if (rule.countsFromAcknowledgement()) {
			start = request.acknowledged() != null ? request.acknowledged() : acknowledgementDue;
		}
		Counted counted = countSkippingStops(calendar, start, rule.amount(), stops, today);
		LocalDate due = calendar.plusWorkingDays(counted.due(), extension);
		return new Deadline(due, acknowledgementDue, rule, region, rule.describe(region), counted.stopped(), extension,
				provisional);
	}

	/** The {@code workingDays}-th working day before {@code event} in {@code region} (e.g. a briefing before an engagement). */
	public LocalDate workingDaysBefore(LocalDate event, int workingDays, HolidayRegion region) {
		return calendars.calendar(region).minusWorkingDays(event, workingDays);
	}

	public WorkingCalendar calendar(HolidayRegion region) {
		return calendars.calendar(region);
	}

	private record Counted(LocalDate due, int stopped) {
	}

	/** Counts working days after {@code start}, not counting those after a stop up to and including its resumption. */
	private static Counted countSkippingStops(WorkingCalendar calendar, LocalDate start, int days, List<ClockStop> stops,
			LocalDate today) {
		int remaining = days;
		int stopped = 0;
		LocalDate cursor = start;
		for (ClockStop stop : stops) {
			LocalDate from = stop.stoppedOn().isBefore(cursor) ? cursor : stop.stoppedOn();
			int before = calendar.workingDaysBetween(cursor, from);
			if (before >= remaining) {
				return new Counted(calendar.plusWorkingDays(cursor, remaining), stopped);
			}
			remaining -= before;
			LocalDate resumed = resumed(stop, today);
			stopped += calendar.workingDaysBetween(from, resumed);
			cursor = resumed.isAfter(from) ? resumed : from;
		}
		return new Counted(calendar.plusWorkingDays(cursor, remaining), stopped);
	}

	private static LocalDate resumed(ClockStop stop, LocalDate today) {
		if (stop.resumedOn() != null) {
			return stop.resumedOn();
		}
		return today.isBefore(stop.stoppedOn()) ? stop.stoppedOn() : today;
	}

	private static List<ClockStop> ordered(List<ClockStop> stops, LocalDate received) {
		List<ClockStop> sorted = stops.stream().sorted(Comparator.comparing(ClockStop::stoppedOn)).toList();
		LocalDate previousEnd = received;
		for (int i = 0; i < sorted.size(); i++) {
			ClockStop stop = sorted.get(i);
			if (stop.stoppedOn().isBefore(received)) {
				throw new IllegalArgumentException("The clock cannot stop (" + stop.stoppedOn() + ") before receipt (" + received + ")");
			}
			if (i > 0 && (previousEnd == null || stop.stoppedOn().isBefore(previousEnd))) {
				throw new IllegalArgumentException("Clock stops overlap at " + stop.stoppedOn());
			}
			previousEnd = stop.resumedOn();
		}
		return sorted;
	}

	private static int totalExtension(ClockRule rule, List<Extension> extensions) {
		int total = extensions.stream().mapToInt(Extension::amount).sum();
		if (rule.maxExtension() != null && total > rule.maxExtension()) {
			throw new IllegalArgumentException(rule.type().displayName() + " can be extended by at most "
					+ rule.maxExtension() + (rule.unit() == ClockRule.Unit.WORKING_DAYS ? " working days" : " months")
					+ ", not " + total);
		}
		return total;
	}
}
