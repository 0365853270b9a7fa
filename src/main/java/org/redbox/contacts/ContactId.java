package org.redbox.contacts;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a contact across modules. */
public record ContactId(UUID value) implements Serializable {

	public ContactId {
		Objects.requireNonNull(value, "value");
	}

	public static ContactId of(String value) {
		return new ContactId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
