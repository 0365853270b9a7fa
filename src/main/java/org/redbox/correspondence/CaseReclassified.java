package org.redbox.correspondence;

import java.time.Instant;
import java.time.LocalDate;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** Triage found the case is of another type (a letter that is an invitation): its clock and deadline follow the new type. */
public record CaseReclassified(CaseFileId caseId, OfficeId office, CaseType from, CaseType to, LocalDate deadline, Actor actor,
		Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Type changed from " + from.displayName() + " to " + to.displayName() + "; reply due " + deadline;
	}
}
