package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditKind;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** A sign-in attempt failed. {@code staff} is null when no account has that email. */
public record SignInFailed(StaffId staff, String email, String reason, int failuresInARow, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public OfficeId officeId() {
		return null;
	}

	@Override
	public String recordType() {
		return "StaffAccount";
	}

	@Override
	public String recordId() {
		return staff == null ? null : staff.toString();
	}

	@Override
	public String summary() {
		return "Sign-in failed for " + email + ": " + reason + (failuresInARow > 0 ? " (" + failuresInARow + " in a row)" : "");
	}

	@Override
	public AuditKind kind() {
		return AuditKind.SIGN_IN;
	}
}
