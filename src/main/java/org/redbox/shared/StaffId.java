package org.redbox.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a staff account: a person who signs in to Redbox across modules. */
public record StaffId(UUID value) implements Serializable {

	public StaffId {
		Objects.requireNonNull(value, "value");
	}

	public static StaffId random() {
		return new StaffId(UUID.randomUUID());
	}

	public static StaffId of(String value) {
		return new StaffId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
