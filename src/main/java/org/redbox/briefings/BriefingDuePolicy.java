package org.redbox.briefings;

import java.time.LocalDate;

import org.redbox.worktime.WorkingCalendar;

/**
 * When a briefing is due: counted back from the day of the event in working days of the
 * office's calendar (3 by default, see {@link BriefingSettings}), so weekends and bank holidays
 * are skipped — never before the day it is commissioned. It is due soon from
 * {@code reminderWorkingDays} working days before that, and overdue once its day has passed.
 */
public record BriefingDuePolicy(int workingDaysBefore, int reminderWorkingDays) {

	public BriefingDuePolicy {
		if (workingDaysBefore < 0 || reminderWorkingDays < 0) {
			throw new IllegalArgumentException("Working days before an event cannot be negative");
		}
	}

	/** The default due day of a briefing for an event on {@code eventDay}, commissioned {@code today}. */
	public LocalDate dueFor(WorkingCalendar calendar, LocalDate eventDay, LocalDate today) {
		LocalDate due = calendar.minusWorkingDays(eventDay, workingDaysBefore);
		return due.isBefore(today) ? (eventDay.isBefore(today) ? eventDay : today) : due;
	}

	public Urgency urgencyOf(Briefing briefing, WorkingCalendar calendar, LocalDate today) {
		if (briefing.status() == BriefingStatus.CLEARED) {
			return Urgency.NONE;
		}
		if (briefing.isOverdue(today)) {
			return Urgency.OVERDUE;
		}
		boolean soon = !briefing.dueOn().isAfter(calendar.plusWorkingDays(today, reminderWorkingDays));
		return soon && briefing.status().withTheTeam() ? Urgency.DUE_SOON : Urgency.NONE;
	}

	public enum Urgency {
		NONE, DUE_SOON, OVERDUE
	}
}
