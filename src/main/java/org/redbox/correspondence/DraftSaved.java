package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The reply was drafted or edited. */
public record DraftSaved(CaseFileId caseId, OfficeId office, boolean signatureCleared, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Draft reply saved" + (signatureCleared ? "; it had been signed, so it goes back for sign-off" : "");
	}
}
