package org.redbox.diary.invitations;

import java.time.Instant;

import org.redbox.correspondence.CaseFileId;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** An invitation's details were entered or changed. */
public record InvitationDetailsRecorded(CaseFileId caseId, OfficeId officeId, String description, Actor actor,
		Instant occurredAt) implements InvitationEvent {

	@Override
	public String summary() {
		return "Invitation details: " + description;
	}
}
