package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The case was linked to a related one (the same matter, a follow-up, a complaint about it). */
public record CaseLinked(CaseFileId caseId, OfficeId office, CaseFileId other, String otherReference, Actor actor,
		Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Linked to " + otherReference;
	}
}
