package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditKind;
import org.redbox.shared.StaffId;

/** An account was locked after too many failed sign-ins in a row. */
public record StaffAccountLocked(StaffId staff, String email, Instant lockedUntil, Actor actor, Instant occurredAt) implements StaffAccountEvent {

	@Override
	public String summary() {
		return "Account " + email + " locked until " + lockedUntil + " after repeated failed sign-ins";
	}

	@Override
	public AuditKind kind() {
		return AuditKind.SIGN_IN;
	}
}
