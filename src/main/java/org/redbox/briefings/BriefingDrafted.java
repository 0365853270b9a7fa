package org.redbox.briefings;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The team saved the briefing's text (sanitised). */
public record BriefingDrafted(BriefingId briefing, OfficeId officeId, String event, Actor actor, Instant occurredAt) implements BriefingEvent {

	@Override
	public String summary() {
		return "Briefing text saved for " + event;
	}
}
