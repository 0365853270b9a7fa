package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditKind;
import org.redbox.shared.StaffId;

/** A member of staff signed in. */
public record SignedIn(StaffId staff, Actor actor, Instant occurredAt) implements StaffAccountEvent {

	@Override
	public String summary() {
		return "Signed in";
	}

	@Override
	public AuditKind kind() {
		return AuditKind.SIGN_IN;
	}
}
