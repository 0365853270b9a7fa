package org.redbox.contacts.internal;

import org.redbox.contacts.Contact;
import org.redbox.contacts.ContactId;

/**
 * Another live contact of the same office already has this email: the writer is known, so the
 * office keeps one record of them rather than two.
 */
public class EmailAlreadyUsed extends RuntimeException {

	private final ContactId existing;
	private final String existingName;

	EmailAlreadyUsed(Contact existing) {
		super(existing.name() + " already has the email " + existing.email());
		this.existing = existing.id();
		this.existingName = existing.name();
	}

	public ContactId existing() {
		return existing;
	}

	public String existingName() {
		return existingName;
	}
}
