package org.redbox.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an office (the Office of the Mayor, a Cabinet Member's office) across modules. */
public record OfficeId(UUID value) implements Serializable {

	public OfficeId {
		Objects.requireNonNull(value, "value");
	}

	public static OfficeId random() {
		return new OfficeId(UUID.randomUUID());
	}

	public static OfficeId of(String value) {
		return new OfficeId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
