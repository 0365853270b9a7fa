package org.redbox.briefings;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** The team sent the briefing for clearance; the commissioner is told. */
public record BriefingSubmitted(BriefingId briefing, OfficeId officeId, String event, StaffId commissioner, Actor actor, Instant occurredAt) implements BriefingEvent {

	@Override
	public String summary() {
		return "Submitted for clearance: briefing for " + event;
	}
}
