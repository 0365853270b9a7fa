package org.redbox.contacts;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.redbox.contacts.internal.Contacts;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contacts API for other modules. Callers check access to the office first; this
 * service keeps one live record per email per office.
 */
@Service
@Transactional
public class ContactManagement {

	private final Contacts contacts;
	private final Clock clock;

	ContactManagement(Contacts contacts, Clock clock) {
		this.contacts = contacts;
		this.clock = clock;
	}

	public ContactSummary register(Actor by, OfficeId office, ContactDetails details) {
		return contacts.save(Contact.register(office, details, by, clock.instant())).summary();
	}

	/** The office's contact with the same email (a repeat writer), or a new one. */
	public ContactSummary findOrRegister(Actor by, OfficeId office, ContactDetails details) {
		String email = Contact.normaliseEmail(details.email());
		if (email != null) {
			Optional<Contact> known = contacts.findLiveByEmailOnce(office.value(), email);
			if (known.isPresent()) {
				return known.get().summary();
			}
		}
		return register(by, office, details);
	}

	@Transactional(readOnly = true)
	public Optional<ContactSummary> findByEmail(OfficeId office, String email) {
		String normalised = Contact.normaliseEmail(email);
		return normalised == null ? Optional.empty()
				: contacts.findLiveByEmailOnce(office.value(), normalised).map(Contact::summary);
	}

	/** A contact, following merges to the surviving record. */
	@Transactional(readOnly = true)
	public Optional<ContactSummary> contact(ContactId id) {
		Optional<Contact> found = contacts.findById(id.value());
		for (int hops = 0; found.isPresent() && found.get().mergedInto() != null && hops < 10; hops++) {
			found = contacts.findById(found.get().mergedInto().value());
		}
		return found.map(Contact::summary);
	}

	@Transactional(readOnly = true)
	public List<ContactSummary> contacts(Collection<ContactId> ids) {
		return ids.stream().map(this::contact).flatMap(Optional::stream).distinct().toList();
	}
}
