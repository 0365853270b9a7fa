package org.redbox.worktime.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.redbox.shared.InvalidParameter;
import org.redbox.shared.Jurisdiction;
import org.redbox.worktime.ClockType;
import org.redbox.worktime.HolidayRegion;

/** Reads request parameters into types, naming the parameter when one is missing or wrong. */
final class Parameters {

	private Parameters() {
	}

	static String required(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidParameter(name, "Parameter '" + name + "' is required");
		}
		return value.strip();
	}

	static LocalDate date(String name, String value) {
		String given = required(name, value);
		try {
			return LocalDate.parse(given);
		}
		catch (DateTimeParseException e) {
			throw new InvalidParameter(name, "Parameter '" + name + "' must be a date like 2027-03-10, not '" + value + "'");
		}
	}

	static LocalDate optionalDate(String name, String value) {
		return value == null || value.isBlank() ? null : date(name, value);
	}

	static int workingDays(String name, String value) {
		String given = required(name, value);
		try {
			int n = Integer.parseInt(given);
			if (n < 0 || n > 1000) {
				throw new NumberFormatException();
			}
			return n;
		}
		catch (NumberFormatException e) {
			throw new InvalidParameter(name, "Parameter '" + name + "' must be a whole number from 0 to 1000, not '" + value + "'");
		}
	}

	static ClockType caseType(String name, String value) {
		String given = required(name, value);
		try {
			return ClockType.valueOf(given.toUpperCase().replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidParameter(name, "Parameter '" + name + "' must be one of "
					+ Arrays.stream(ClockType.values()).map(Enum::name).collect(Collectors.joining(", ")) + ", not '" + value + "'");
		}
	}

	static Jurisdiction jurisdiction(String name, String value) {
		String given = required(name, value);
		try {
			return Jurisdiction.fromCode(given);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidParameter(name, e.getMessage());
		}
	}

	static HolidayRegion region(String name, String value) {
		String given = required(name, value);
		try {
			return HolidayRegion.fromCode(given);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidParameter(name, e.getMessage());
		}
	}
}
