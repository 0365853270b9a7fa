package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** Triage was completed: topics, marking and risk set. */
public record CaseTriaged(CaseFileId caseId, OfficeId office, java.util.Set<String> topics, boolean reputationalRisk, String marking, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Triaged: topics " + topics + (reputationalRisk ? ", reputational risk" : "") + ", marked " + marking;
	}
}
