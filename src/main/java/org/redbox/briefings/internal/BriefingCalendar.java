package org.redbox.briefings.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.redbox.diary.EntryTime;
import org.redbox.directory.DirectoryManagement;
import org.redbox.shared.OfficeId;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.WorkingCalendar;
import org.redbox.worktime.WorkingCalendars;
import org.springframework.stereotype.Component;

/** Today, and the working-day calendar of an office's jurisdiction, for due days and reminders. */
@Component
public class BriefingCalendar {

	private final DirectoryManagement directory;
	private final WorkingCalendars calendars;
	private final Clock clock;

	BriefingCalendar(DirectoryManagement directory, WorkingCalendars calendars, Clock clock) {
		this.directory = directory;
		this.calendars = calendars;
		this.clock = clock;
	}

	public WorkingCalendar of(OfficeId office) {
		var summary = directory.office(office).orElseThrow(() -> new IllegalStateException("No office " + office));
		return calendars.calendar(HolidayRegion.of(summary.jurisdiction()));
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(EntryTime.LONDON));
	}

	public java.time.Instant now() {
		return clock.instant();
	}
}
