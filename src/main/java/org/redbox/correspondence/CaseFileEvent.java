package org.redbox.correspondence;

import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;

/**
 * Something that happened to a case. Each one is audited and shown on the case's timeline.
 */
public interface CaseFileEvent extends AuditableEvent {

	CaseFileId caseId();

	OfficeId office();

	@Override
	default OfficeId officeId() {
		return office();
	}

	@Override
	default String recordType() {
		return "CaseFile";
	}

	@Override
	default String recordId() {
		return caseId().toString();
	}
}
