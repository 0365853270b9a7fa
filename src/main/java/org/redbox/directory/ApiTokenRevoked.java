package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.StaffId;

/** An API token was revoked: requests with it are refused from now on. */
public record ApiTokenRevoked(StaffId staff, String tokenName, Actor actor, Instant occurredAt)
		implements StaffAccountEvent {

	@Override
	public String summary() {
		return "API token '" + tokenName + "' revoked";
	}
}
