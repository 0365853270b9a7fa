package org.redbox.briefings.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How briefing pages write dates. */
final class BriefingFormats {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

	private BriefingFormats() {
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}
}
