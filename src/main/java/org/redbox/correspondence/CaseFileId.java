package org.redbox.correspondence;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a case across modules. */
public record CaseFileId(UUID value) implements Serializable {

	public CaseFileId {
		Objects.requireNonNull(value, "value");
	}

	public static CaseFileId of(String value) {
		return new CaseFileId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
