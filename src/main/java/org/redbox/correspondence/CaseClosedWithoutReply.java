package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A case was closed at triage as needing no reply, with the reason. */
public record CaseClosedWithoutReply(CaseFileId caseId, OfficeId office, NoReplyReason reason, String note, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Closed at triage, no reply needed: " + reason.displayName() + (note == null || note.isBlank() ? "" : " — " + note);
	}
}
