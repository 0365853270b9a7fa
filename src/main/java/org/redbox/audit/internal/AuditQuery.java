package org.redbox.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What an auditor searches the trail for: a person (part of a name), a record id, and days
 * from and to (both included, read in the office's zone). Blank means "any".
 */
public record AuditQuery(String person, String record, LocalDate from, LocalDate to) {

	public AuditQuery {
		person = blankToNull(person);
		record = blankToNull(record);
	}

	Instant fromInstant(ZoneId zone) {
		return from == null ? null : from.atStartOfDay(zone).toInstant();
	}

	Instant untilInstant(ZoneId zone) {
		return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
