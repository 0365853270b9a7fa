package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** A member of staff lost a role. */
public record RoleRevoked(StaffId staff, RoleGrant grant, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public OfficeId officeId() {
		return grant.officeId();
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
		return "Revoked " + grant.role().displayName() + (grant.isAuthorityWide() ? " in every office" : "");
	}
}
