package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.StaffId;

/** A staff account was deactivated: it stays, with its history, but cannot sign in. */
public record StaffAccountDeactivated(StaffId staff, String name, Actor actor, Instant occurredAt) implements StaffAccountEvent {

	@Override
	public String summary() {
		return "Account deactivated: " + name + " can no longer sign in";
	}
}
