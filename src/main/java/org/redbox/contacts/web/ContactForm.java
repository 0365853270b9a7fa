package org.redbox.contacts.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.redbox.contacts.Contact;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactType;
import org.redbox.contacts.LanguagePreference;
import org.redbox.contacts.PostalAddress;

/**
 * A contact's details as the add and change pages post them, with the errors a person sees
 * when a field is wrong. {@code office} is chosen only when adding: a contact never moves office.
 */
record ContactForm(
		UUID office,
		@NotBlank(message = "Enter the contact's name") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
		@NotNull(message = "Select who the contact is") ContactType type,
		@Size(max = 200, message = "Organisation must be 200 characters or fewer") String organisation,
		@Email(message = "Enter an email address in the correct format, like name@example.com") @Size(max = 320, message = "Email must be 320 characters or fewer") String email,
		@Pattern(regexp = "^[0-9 +()\\-]{0,40}$", message = "Enter a telephone number, like 01632 960 001 or +44 7700 900 982") String phone,
		@Size(max = 200, message = "Address line 1 must be 200 characters or fewer") String addressLine1,
		@Size(max = 200, message = "Address line 2 must be 200 characters or fewer") String addressLine2,
		@Size(max = 100, message = "Town or city must be 100 characters or fewer") String town,
		@Pattern(regexp = "^\\s*([A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s?[0-9][A-Za-z]{2})?\\s*$", message = "Enter a real postcode, like EX1 1AA") String postcode,
		@NotNull(message = "Select the language they want replies in") LanguagePreference language,
		Boolean vulnerable,
		Boolean consentToContact) {

	static ContactForm blank(UUID office) {
		return new ContactForm(office, "", ContactType.RESIDENT, "", "", "", "", "", "", "", LanguagePreference.ENGLISH,
				false, false);
	}

	static ContactForm of(Contact contact) {
		PostalAddress address = contact.address();
		return new ContactForm(contact.officeId().value(), contact.name(), contact.type(), contact.organisation(),
				contact.email(), contact.phone(), address.line1(), address.line2(), address.town(), address.postcode(),
				contact.language(), contact.isVulnerable(), contact.hasConsentToContact());
	}

	ContactDetails details() {
		return new ContactDetails(name, type, organisation, email, phone,
				new PostalAddress(addressLine1, addressLine2, town, postcode), language, Boolean.TRUE.equals(vulnerable),
				Boolean.TRUE.equals(consentToContact));
	}

	/** An option of a select box or a radio button. */
	record Option(String value, String label) {
	}
}
