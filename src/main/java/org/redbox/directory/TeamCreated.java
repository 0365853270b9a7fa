package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** A team was added to an office. */
public record TeamCreated(OfficeId office, java.util.UUID teamId, String name, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public OfficeId officeId() {
		return office;
	}

	@Override
	public String recordType() {
		return "Team";
	}

	@Override
	public String recordId() {
		return teamId.toString();
	}

	@Override
	public String summary() {
		return "Team created: " + name;
	}
}
