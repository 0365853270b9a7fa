package org.redbox.worktime.internal;

import java.time.LocalDate;
import java.util.Map;

import org.redbox.worktime.HolidayRegion;

/** A recorded change to the published holidays: a day proclaimed (added) or a holiday withdrawn (removed). */
public record HolidayChange(HolidayRegion region, LocalDate date, Kind kind, String name) {

	public enum Kind {
		ADDED, REMOVED
	}

	void applyTo(Map<LocalDate, String> days) {
		if (kind == Kind.ADDED) {
			days.put(date, name);
		}
		else {
			days.remove(date);
		}
	}
}
