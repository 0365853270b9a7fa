package org.redbox.documents;

import java.util.Objects;
import java.util.UUID;

/** Identifies a stored document. */
public record DocumentId(UUID value) {

	public DocumentId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
