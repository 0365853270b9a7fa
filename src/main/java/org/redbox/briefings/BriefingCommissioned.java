package org.redbox.briefings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A briefing was commissioned from a team for an engagement, due on a working day before it. */
public record BriefingCommissioned(BriefingId briefing, OfficeId officeId, String event, UUID team, String teamName, LocalDate due, Actor actor, Instant occurredAt) implements BriefingEvent {

	@Override
	public String summary() {
		return "Commissioned from " + teamName + " for " + event + ", due " + due;
	}
}
