package org.redbox.correspondence;

import java.time.Instant;
import java.util.UUID;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** A team answered a contribution request; the drafter (the allocated officer, if any) is told. */
public record ContributionAnswered(CaseFileId caseId, OfficeId office, UUID requestId, String teamName, StaffId drafter,
		Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Contribution received from " + teamName;
	}
}
