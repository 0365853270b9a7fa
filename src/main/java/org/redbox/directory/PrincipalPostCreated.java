package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** A principal's post (such as Mayor of Exampleton) was added to an office. */
public record PrincipalPostCreated(OfficeId office, java.util.UUID postId, String title, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public OfficeId officeId() {
		return office;
	}

	@Override
	public String recordType() {
		return "PrincipalPost";
	}

	@Override
	public String recordId() {
		return postId.toString();
	}

	@Override
	public String summary() {
		return "Principal post created: " + title;
	}
}
