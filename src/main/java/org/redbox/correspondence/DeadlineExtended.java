package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A case's deadline was extended, with the reason. */
public record DeadlineExtended(CaseFileId caseId, OfficeId office, int amount, String reason, java.time.LocalDate newDeadline, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Deadline extended by " + amount + " to " + newDeadline + ": " + reason;
	}
}
