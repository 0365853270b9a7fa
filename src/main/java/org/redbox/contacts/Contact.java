package org.redbox.contacts;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A person or organisation outside the office, owned by one office (the elected
 * representative is the data controller of their casework). Personal data: OFFICIAL PERSONAL.
 */
@Entity
@Table(name = "contact")
public class Contact extends AbstractAggregateRoot<Contact> {

	@Id
	private UUID id;
	@Column(name = "office_id")
	private UUID officeId;
	private String name;
	@Enumerated(EnumType.STRING)
	private ContactType type;
	private String organisation;
	private String email;
	private String phone;
	@Embedded
	private PostalAddress address;
	@Enumerated(EnumType.STRING)
	private LanguagePreference language;
	private boolean vulnerable;
	@Column(name = "consent_to_contact")
	private boolean consentToContact;
	@Column(name = "merged_into")
	private UUID mergedInto;
	@Embedded
	private SecurityMarking marking;
	@Column(name = "created_at")
	private Instant createdAt;
	/** Null until first saved, so that saving a new contact inserts it rather than first looking for it. */
	@Version
	private Long version;

	protected Contact() {
	}

	public static Contact register(OfficeId office, ContactDetails details, Actor by, Instant now) {
		var contact = new Contact();
		contact.id = UUID.randomUUID();
		contact.officeId = office.value();
		contact.apply(details);
		contact.marking = SecurityMarking.official(SecurityMarking.Descriptor.PERSONAL);
		contact.createdAt = now;
		contact.registerEvent(new ContactRegistered(contact.id(), office, contact.name, contact.type, by, now));
		return contact;
	}

	public void update(ContactDetails details, Actor by, Instant now) {
		requireNotMerged();
		String before = describe();
		apply(details);
		if (!before.equals(describe())) {
			registerEvent(new ContactUpdated(id(), officeId(), before, describe(), by, now));
		}
	}

	/** Folds this duplicate into {@code survivor}: this record stays, pointing to it, so nothing is lost. */
	public void mergeInto(Contact survivor, Actor by, Instant now) {
		requireNotMerged();
		if (survivor.id.equals(id) || survivor.mergedInto != null) {
			throw new IllegalArgumentException("A contact can only be merged into another contact that is not itself merged");
		}
		if (!survivor.officeId.equals(officeId)) {
			throw new IllegalArgumentException("Contacts of different offices cannot be merged");
		}
		mergedInto = survivor.id;
		registerEvent(new ContactsMerged(survivor.id(), id(), officeId(), name, by, now));
	}

	public static String normaliseEmail(String email) {
		return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	private void apply(ContactDetails details) {
		this.name = details.name().strip();
		this.type = details.type();
		this.organisation = blankToNull(details.organisation());
		this.email = normaliseEmail(details.email());
		this.phone = blankToNull(details.phone());
		this.address = details.address();
		this.language = details.language();
		this.vulnerable = details.vulnerable();
		this.consentToContact = details.consentToContact();
	}

	/** Every detail, so that a change to any of them (a new address, consent withdrawn) reaches the audit trail. */
	private String describe() {
		return Stream.of(name, type.displayName(), organisation, email, phone, String.join(", ", address().lines()),
				language.name(), vulnerable ? "vulnerable" : null, consentToContact ? "consents to contact" : null)
				.filter(part -> part != null && !part.isEmpty()).collect(Collectors.joining(", "));
	}

	private void requireNotMerged() {
		if (mergedInto != null) {
			throw new IllegalStateException("This contact was merged into another and cannot change");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public ContactSummary summary() {
		return new ContactSummary(id(), officeId(), name, type, organisation, email, address(), language, vulnerable);
	}

	public ContactId id() {
		return new ContactId(id);
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public String name() {
		return name;
	}

	public ContactType type() {
		return type;
	}

	public String organisation() {
		return organisation;
	}

	public String email() {
		return email;
	}

	public String phone() {
		return phone;
	}

	public PostalAddress address() {
		return address == null ? PostalAddress.NONE : address;
	}

	public LanguagePreference language() {
		return language;
	}

	public boolean isVulnerable() {
		return vulnerable;
	}

	public boolean hasConsentToContact() {
		return consentToContact;
	}

	public ContactId mergedInto() {
		return mergedInto == null ? null : new ContactId(mergedInto);
	}

	public SecurityMarking marking() {
		return marking;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
