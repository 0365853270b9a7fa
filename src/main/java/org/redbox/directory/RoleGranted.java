package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** A member of staff was given a role in an office, or in every office. */
public record RoleGranted(StaffId staff, RoleGrant grant, Actor actor, Instant occurredAt) implements AuditableEvent {

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
		return "Granted " + grant.role().displayName() + (grant.isAuthorityWide() ? " in every office" : "");
	}
}
