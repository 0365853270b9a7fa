package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** An approver returned the reply to the drafter (the allocated officer, if any), with the reason. */
public record CaseReturnedForRedraft(CaseFileId caseId, OfficeId office, Stage from, String reason, StaffId drafter,
		Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Returned from " + from.displayName() + " for redrafting: " + reason;
	}
}
