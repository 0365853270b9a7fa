package org.redbox.contacts;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;

/** A contact's details changed. */
public record ContactUpdated(ContactId contact, OfficeId office, String before, String after, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public OfficeId officeId() {
		return office;
	}

	@Override
	public String recordType() {
		return "Contact";
	}

	@Override
	public String recordId() {
		return contact.toString();
	}

	@Override
	public String summary() {
		return "Contact changed from [" + before + "] to [" + after + "]";
	}
}
