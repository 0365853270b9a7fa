package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.StaffId;

/** A deactivated staff account may sign in again. */
public record StaffAccountReactivated(StaffId staff, String name, Actor actor, Instant occurredAt) implements StaffAccountEvent {

	@Override
	public String summary() {
		return "Account reactivated: " + name;
	}
}
