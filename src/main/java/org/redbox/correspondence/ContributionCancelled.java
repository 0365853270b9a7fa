package org.redbox.correspondence;

import java.time.Instant;
import java.util.UUID;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The drafter withdrew a contribution request that was no longer needed. */
public record ContributionCancelled(CaseFileId caseId, OfficeId office, UUID requestId, String teamName, Actor actor,
		Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Contribution request to " + teamName + " withdrawn";
	}
}
