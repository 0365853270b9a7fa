package org.redbox.diary.invitations;

import org.redbox.correspondence.CaseFileId;
import org.redbox.shared.AuditableEvent;

/** Something that happened to an invitation; audited under its case's id. */
public interface InvitationEvent extends AuditableEvent {

	CaseFileId caseId();

	@Override
	default String recordType() {
		return "Invitation";
	}

	@Override
	default String recordId() {
		return caseId().toString();
	}
}
