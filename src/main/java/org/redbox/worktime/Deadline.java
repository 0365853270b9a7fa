package org.redbox.worktime;

import java.time.LocalDate;

/**
 * A computed deadline and how it was reached.
 *
 * @param acknowledgementDue when an acknowledgement is due, or {@code null}
 * @param daysStopped working days (or calendar days, for months) the clock stood still
 * @param extendedBy the total extension applied, in the rule's unit
 * @param provisional the clock is stopped now: the date assumes it resumes today
 */
public record Deadline(LocalDate due, LocalDate acknowledgementDue, ClockRule rule, HolidayRegion region,
		String ruleApplied, int daysStopped, int extendedBy, boolean provisional) {
}
