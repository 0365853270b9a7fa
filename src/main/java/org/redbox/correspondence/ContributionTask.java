package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A contribution request as the asked team sees it: the question and the case's reference, but
 * not the case itself (an OFFICIAL-SENSITIVE case shows its marking in place of its subject).
 */
public record ContributionTask(UUID requestId, UUID caseId, String reference, String subject, String teamName,
		String question, String requestedBy, LocalDate due, ContributionRequest.Status status, String answer,
		String answeredBy, boolean overdue) {

	public static ContributionTask of(CaseFile c, ContributionRequest r, LocalDate today) {
		return new ContributionTask(r.id(), c.id().value(), c.reference(),
				c.marking().isSensitive() ? c.marking().label() : c.subject(), r.teamName(), r.question(), r.requestedBy(),
				r.dueOn(), r.status(), r.answer(), r.answeredBy(), r.isOverdue(today));
	}
}
