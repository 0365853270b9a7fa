package org.redbox.contacts;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A contact's details changed. */
public record ContactUpdated(ContactId contact, OfficeId office, String before, String after, Actor actor, Instant occurredAt) implements ContactEvent {

	@Override
	public ContactId subject() {
		return contact;
	}

	@Override
	public String summary() {
		return "Contact changed from [" + before + "] to [" + after + "]";
	}
}
