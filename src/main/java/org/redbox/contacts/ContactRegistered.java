package org.redbox.contacts;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A person or organisation was recorded as a contact of an office. */
public record ContactRegistered(ContactId contact, OfficeId office, String name, ContactType type, Actor actor, Instant occurredAt) implements ContactEvent {

	@Override
	public ContactId subject() {
		return contact;
	}

	@Override
	public String summary() {
		return "Contact registered: " + name + " (" + type.displayName() + ")";
	}
}
