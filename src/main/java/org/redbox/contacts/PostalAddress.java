package org.redbox.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A UK postal address as a letter needs it. Every part is optional except where a letter is posted. */
@Embeddable
public record PostalAddress(
		@Column(name = "address_line1") String line1,
		@Column(name = "address_line2") String line2,
		@Column(name = "address_town") String town,
		@Column(name = "address_postcode") String postcode) {

	public static final PostalAddress NONE = new PostalAddress(null, null, null, null);

	public PostalAddress {
		line1 = blankToNull(line1);
		line2 = blankToNull(line2);
		town = blankToNull(town);
		postcode = postcode == null || postcode.isBlank() ? null : postcode.strip().toUpperCase();
	}

	public boolean isEmpty() {
		return line1 == null && line2 == null && town == null && postcode == null;
	}

	/** The address lines that are present, in order, for a letter. */
	public java.util.List<String> lines() {
		return java.util.stream.Stream.of(line1, line2, town, postcode).filter(java.util.Objects::nonNull).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
