package org.redbox.contacts;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;

/** A person or organisation was recorded as a contact of an office. */
public record ContactRegistered(ContactId contact, OfficeId office, String name, ContactType type, Actor actor, Instant occurredAt) implements AuditableEvent {

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
		return "Contact registered: " + name + " (" + type.displayName() + ")";
	}
}
