package org.redbox.contacts.internal;

import static org.redbox.contacts.internal.ContactAccessPolicy.require;
import static org.redbox.contacts.internal.ContactAccessPolicy.requireMayUse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.redbox.contacts.Contact;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactId;
import org.redbox.contacts.ContactType;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.redbox.shared.ReadAuditor;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with contacts on the contact pages. Each method checks on the server that the
 * person asking may use the owning office's contacts ({@link ContactAccessPolicy}); every view
 * of a contact is recorded as a read of personal data; the aggregate decides the rest and
 * records the events the audit trail keeps.
 */
@Service
@Transactional
public class ContactAdministration {

	public static final int PAGE_SIZE = 25;
	private static final int MOST_MERGES_FOLLOWED = 10;

	private final Contacts contacts;
	private final DirectoryManagement directory;
	private final ReadAuditor reads;
	private final Clock clock;

	ContactAdministration(Contacts contacts, DirectoryManagement directory, ReadAuditor reads, Clock clock) {
		this.contacts = contacts;
		this.directory = directory;
		this.reads = reads;
		this.clock = clock;
	}

	/** The offices whose contacts {@code by} may see and add to, by name. */
	@Transactional(readOnly = true)
	public List<OfficeSummary> offices(SignedInStaff by) {
		require(ContactAccessPolicy.mayUseAny(by));
		return directory.offices().stream().filter(office -> ContactAccessPolicy.mayUse(by, office.id())).toList();
	}

	/** Live contacts of the offices {@code by} may use, by name; {@code text} and {@code type} may be null. */
	@Transactional(readOnly = true)
	public Page<Contact> search(SignedInStaff by, String text, ContactType type, int page) {
		List<UUID> scope = offices(by).stream().map(office -> office.id().value()).toList();
		var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("name", "id"));
		if (scope.isEmpty()) {
			return Page.empty(request);
		}
		return contacts.search(scope, type, text == null || text.isBlank() ? null : text.strip(), request);
	}

	/** @throws EmailAlreadyUsed when the office already has a live contact with this email: show that one instead */
	public Contact register(SignedInStaff by, OfficeId office, ContactDetails details) {
		requireMayUse(by, office);
		rejectEmailOfAnother(office, details.email(), null);
		return contacts.save(Contact.register(office, details, by.actor(), clock.instant()));
	}

	/** @throws EmailAlreadyUsed when another live contact of the office has the new email: merge them instead */
	public Contact update(SignedInStaff by, ContactId id, ContactDetails details) {
		Contact contact = usable(by, id);
		rejectEmailOfAnother(contact.officeId(), details.email(), contact.id());
		contact.update(details, by.actor(), clock.instant());
		return contacts.save(contact);
	}

	/**
	 * Folds {@code duplicate} into {@code survivor}; both records stay.
	 *
	 * @throws IllegalArgumentException or {@link IllegalStateException} when the aggregate refuses (see {@link Contact#mergeInto})
	 */
	public void merge(SignedInStaff by, ContactId survivor, ContactId duplicate) {
		Contact kept = usable(by, survivor);
		Contact folded = usable(by, duplicate);
		folded.mergeInto(kept, by.actor(), clock.instant());
		contacts.save(folded);
	}

	/** The contact a link to {@code id} leads to now: itself, or the record it was (perhaps in turn) merged into. */
	@Transactional(readOnly = true)
	public ContactId current(SignedInStaff by, ContactId id) {
		Contact contact = usable(by, id);
		for (int hops = 0; contact.mergedInto() != null && hops < MOST_MERGES_FOLLOWED; hops++) {
			contact = usable(by, contact.mergedInto());
		}
		return contact.id();
	}

	/** A contact shown to {@code by}, recorded as a read of personal data saying {@code what} they did. */
	public Contact view(SignedInStaff by, ContactId id, String what) {
		Contact contact = usable(by, id);
		reads.recordRead(by.actor(), contact.officeId(), "Contact", id.toString(), what + " " + contact.name());
		return contact;
	}

	/** Other live contacts of the same office that may be the same person, for merging. */
	@Transactional(readOnly = true)
	public List<Contact> lookalikes(Contact contact) {
		return contacts.findLookalikes(contact.officeId().value(), contact.id().value(), contact.name(), contact.email(),
				contact.phone(), Limit.of(10));
	}

	/** The records merged into {@code contact}, directly or through another merged record. */
	@Transactional(readOnly = true)
	public List<Contact> mergedInto(Contact contact) {
		List<Contact> merged = new ArrayList<>();
		List<Contact> next = List.of(contact);
		for (int depth = 0; !next.isEmpty() && depth < MOST_MERGES_FOLLOWED; depth++) {
			next = next.stream().flatMap(c -> contacts.findByMergedIntoOrderByName(c.id().value()).stream()).toList();
			merged.addAll(next);
		}
		return merged;
	}

	private Contact usable(SignedInStaff by, ContactId id) {
		Contact contact = contacts.findById(id.value()).orElseThrow(ContactNotFound::new);
		requireMayUse(by, contact.officeId());
		return contact;
	}

	private void rejectEmailOfAnother(OfficeId office, String email, ContactId self) {
		String normalised = Contact.normaliseEmail(email);
		if (normalised != null) {
			contacts.findLiveByEmailOnce(office.value(), normalised).filter(other -> !other.id().equals(self))
					.ifPresent(other -> {
						throw new EmailAlreadyUsed(other);
					});
		}
	}
}
