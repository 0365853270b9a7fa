package org.redbox.correspondence;

import java.time.LocalDate;

import org.redbox.worktime.WorkingCalendar;

/**
 * When a deadline is close enough to warn about: a case is due soon when its deadline is today
 * or within the next two working days of its office's calendar, and overdue once the day has passed.
 */
public final class DueSoonPolicy {

	public static final int WORKING_DAYS = 2;

	private DueSoonPolicy() {
	}

	/** The last date that still counts as "due soon" seen from {@code today}. */
	public static LocalDate dueSoonUntil(WorkingCalendar calendar, LocalDate today) {
		return calendar.plusWorkingDays(today, WORKING_DAYS);
	}

	public static Urgency urgencyOf(LocalDate deadline, LocalDate today, LocalDate dueSoonUntil) {
		if (deadline == null) {
			return Urgency.NONE;
		}
		if (deadline.isBefore(today)) {
			return Urgency.OVERDUE;
		}
		return deadline.isAfter(dueSoonUntil) ? Urgency.NONE : Urgency.DUE_SOON;
	}

	public enum Urgency {
		NONE, DUE_SOON, OVERDUE
	}
}
