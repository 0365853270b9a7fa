package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.StaffId;

/** A staff account was created. */
public record StaffAccountCreated(StaffId staff, String name, String email, Actor actor, Instant occurredAt) implements StaffAccountEvent {

	@Override
	public String summary() {
		return "Staff account created for " + name + " <" + email + ">";
	}
}
