package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.StaffId;

/** A member of staff created an API token; the token itself is never recorded. */
public record ApiTokenCreated(StaffId staff, String tokenName, Actor actor, Instant occurredAt)
		implements StaffAccountEvent {

	@Override
	public String summary() {
		return "API token '" + tokenName + "' created";
	}
}
