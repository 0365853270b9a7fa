package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A closed case was reopened, with the reason. */
public record CaseReopened(CaseFileId caseId, OfficeId office, String reason, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Reopened: " + reason;
	}
}
