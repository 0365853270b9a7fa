package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** An approver returned the reply to the drafter, with the reason. */
public record CaseReturnedForRedraft(CaseFileId caseId, OfficeId office, Stage from, String reason, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Returned from " + from.displayName() + " for redrafting: " + reason;
	}
}
