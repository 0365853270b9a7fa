package org.redbox.contacts;

/**
 * What is known of a contact when they are registered or updated.
 *
 * @param organisation the body they speak for (a council, a charity, a newspaper), if any
 * @param vulnerable a resident the office treats with particular care (raises priority)
 * @param consentToContact they agreed to be contacted about matters other than their own case
 */
public record ContactDetails(String name, ContactType type, String organisation, String email, String phone,
		PostalAddress address, LanguagePreference language, boolean vulnerable, boolean consentToContact) {

	public ContactDetails {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A contact needs a name");
		}
		type = type == null ? ContactType.RESIDENT : type;
		address = address == null ? PostalAddress.NONE : address;
		language = language == null ? LanguagePreference.ENGLISH : language;
	}

	public static ContactDetails resident(String name, String email) {
		return new ContactDetails(name, ContactType.RESIDENT, null, email, null, null, null, false, false);
	}
}
