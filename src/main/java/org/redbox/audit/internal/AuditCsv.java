package org.redbox.audit.internal;

import org.redbox.shared.CsvRow;

/**
 * The audit trail as CSV, formula-safe (see {@link CsvRow}).
 */
final class AuditCsv {

	static final String HEADER = "occurred_at,kind,action,actor_id,actor_name,office_id,record_type,record_id,summary\r\n";

	private AuditCsv() {
	}

	static String row(AuditEntry e) {
		return CsvRow.of(e.occurredAt(), e.kind(), e.action(), e.actorId(), e.actorName(), e.officeId(), e.recordType(),
				e.recordId(), e.summary());
	}
}
