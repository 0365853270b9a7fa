package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The statutory clock started again. */
public record ClockResumed(CaseFileId caseId, OfficeId office, java.time.LocalDate resumedOn, java.time.LocalDate newDeadline, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Clock resumed on " + resumedOn + "; now due " + newDeadline;
	}
}
