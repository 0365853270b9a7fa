package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** A person took up a principal's post from a date. */
public record PrincipalAppointed(OfficeId office, java.util.UUID postId, String title, String holder, java.time.LocalDate startsOn, Actor actor, Instant occurredAt) implements AuditableEvent {

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
		return holder + " holds " + title + " from " + startsOn;
	}
}
