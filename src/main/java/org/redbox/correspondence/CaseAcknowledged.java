package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A complaint was acknowledged; its response is counted from here. */
public record CaseAcknowledged(CaseFileId caseId, OfficeId office, java.time.LocalDate acknowledgedOn, java.time.LocalDate newDeadline, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Acknowledged on " + acknowledgedOn + "; response due " + newDeadline;
	}
}
