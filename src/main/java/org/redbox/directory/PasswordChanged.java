package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.StaffId;

/** A staff account's password was set or changed. Carries no password. */
public record PasswordChanged(StaffId staff, Actor actor, Instant occurredAt) implements StaffAccountEvent {

	@Override
	public String summary() {
		return "Password changed";
	}
}
