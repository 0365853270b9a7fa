package org.redbox.worktime;

/** The working-day calendar of each region as it stands now, proclaimed days and corrections included. */
public interface WorkingCalendars {

	WorkingCalendar calendar(HolidayRegion region);
}
