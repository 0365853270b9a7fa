package org.redbox.load;

/** Someone who writes in, as the {@code contact} table holds them (type and language as stored). */
record Correspondent(String type, String name, String organisation, String email, String phone, String addressLine1,
		String town, String postcode, String language, boolean vulnerable, boolean consentToContact) {

	boolean isElectedRepresentative() {
		return type.equals("MP") || type.equals("MEMBER") || type.equals("COUNCILLOR");
	}

	/** One line, as a letter or the API's correspondent address would give it. */
	String address() {
		return addressLine1 == null ? null : addressLine1 + ", " + town + " " + postcode;
	}
}
