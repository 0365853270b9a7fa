package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** An office was set up. */
public record OfficeCreated(OfficeId office, String name, String code, org.redbox.shared.Jurisdiction jurisdiction, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public OfficeId officeId() {
		return office;
	}

	@Override
	public String recordType() {
		return "Office";
	}

	@Override
	public String recordId() {
		return office.toString();
	}

	@Override
	public String summary() {
		return "Office created: " + name + " (" + code + "), bank holidays of " + jurisdiction.displayName();
	}
}
