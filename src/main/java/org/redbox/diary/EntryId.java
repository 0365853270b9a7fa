package org.redbox.diary;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a diary entry (a single entry or a whole series) across modules. */
public record EntryId(UUID value) implements Serializable {

	public EntryId {
		Objects.requireNonNull(value, "value");
	}

	public static EntryId of(String value) {
		return new EntryId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
