package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A case belongs to another organisation; the reply is the transfer letter. */
public record CaseTransferred(CaseFileId caseId, OfficeId office, String organisation, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Transferred to " + organisation + "; a transfer letter is being drafted";
	}
}
