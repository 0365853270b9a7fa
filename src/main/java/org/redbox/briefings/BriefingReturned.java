package org.redbox.briefings;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** The briefing was returned to the team with a reason; whoever wrote it is told. */
public record BriefingReturned(BriefingId briefing, OfficeId officeId, String event, String reason, StaffId writer, Actor actor, Instant occurredAt) implements BriefingEvent {

	@Override
	public String summary() {
		return "Returned to the team: briefing for " + event + ", because: " + reason;
	}
}
