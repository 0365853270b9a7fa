package org.redbox.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The drafter asked another team for a contribution, due on a date. */
public record ContributionRequested(CaseFileId caseId, OfficeId office, UUID requestId, UUID team, String teamName,
		LocalDate due, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Contribution requested from " + teamName + ", due " + due;
	}
}
