package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The statutory clock was stopped (a fee or clarification awaited). */
public record ClockStopped(CaseFileId caseId, OfficeId office, java.time.LocalDate stoppedOn, String reason, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Clock stopped on " + stoppedOn + ": " + reason;
	}
}
