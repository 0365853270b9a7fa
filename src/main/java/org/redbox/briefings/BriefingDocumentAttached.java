package org.redbox.briefings;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The team uploaded the briefing as a document. */
public record BriefingDocumentAttached(BriefingId briefing, OfficeId officeId, String event, String filename, Actor actor, Instant occurredAt) implements BriefingEvent {

	@Override
	public String summary() {
		return "Briefing document " + filename + " attached for " + event;
	}
}
