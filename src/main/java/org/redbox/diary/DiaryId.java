package org.redbox.diary;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a principal's diary across modules. */
public record DiaryId(UUID value) implements Serializable {

	public DiaryId {
		Objects.requireNonNull(value, "value");
	}

	public static DiaryId of(String value) {
		return new DiaryId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
