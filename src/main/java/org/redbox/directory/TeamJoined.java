package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** A member of staff joined a team. */
public record TeamJoined(StaffId staff, OfficeId office, java.util.UUID teamId, String teamName, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public OfficeId officeId() {
		return office;
	}

	@Override
	public String recordType() {
		return "StaffAccount";
	}

	@Override
	public String recordId() {
		return staff.toString();
	}

	@Override
	public String summary() {
		return "Joined team " + teamName;
	}
}
