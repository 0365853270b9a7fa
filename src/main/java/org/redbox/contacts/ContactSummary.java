package org.redbox.contacts;

import org.redbox.shared.OfficeId;

/** What other modules may know of a contact. */
public record ContactSummary(ContactId id, OfficeId office, String name, ContactType type, String organisation,
		String email, PostalAddress address, LanguagePreference language, boolean vulnerable) {
}
