package org.redbox.briefings;

import java.util.Objects;
import java.util.UUID;

/** Identifies a briefing. */
public record BriefingId(UUID value) {

	public BriefingId {
		Objects.requireNonNull(value, "value");
	}

	public static BriefingId of(String value) {
		return new BriefingId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
