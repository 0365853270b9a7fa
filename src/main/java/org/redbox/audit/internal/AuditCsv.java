package org.redbox.audit.internal;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit trail as CSV (RFC 4180). Cells that a spreadsheet would run as a formula are
 * prefixed with an apostrophe, because summaries can quote text from outside.
 */
final class AuditCsv {

	static final String HEADER = "occurred_at,kind,action,actor_id,actor_name,office_id,record_type,record_id,summary\r\n";

	private AuditCsv() {
	}

	static String row(AuditEntry e) {
		return Stream.of(e.occurredAt(), e.kind(), e.action(), e.actorId(), e.actorName(), e.officeId(),
				e.recordType(), e.recordId(), e.summary())
				.map(v -> cell(v == null ? "" : Objects.toString(v)))
				.collect(Collectors.joining(",", "", "\r\n"));
	}

	static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
