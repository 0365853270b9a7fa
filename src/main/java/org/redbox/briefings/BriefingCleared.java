package org.redbox.briefings;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** The briefing was cleared: it is now attached to the engagement. */
public record BriefingCleared(BriefingId briefing, OfficeId officeId, String event, StaffId writer, Actor actor, Instant occurredAt) implements BriefingEvent {

	@Override
	public String summary() {
		return "Cleared: briefing for " + event;
	}
}
