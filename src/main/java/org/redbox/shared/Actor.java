package org.redbox.shared;

import java.io.Serializable;
import java.util.Objects;

/**
 * Who did something: a signed-in member of staff, or Redbox itself (for work it does on its
 * own, such as creating the demo office). Every change and every audited read names one.
 *
 * @param staffId the staff account, {@code null} only for {@link #system()}
 * @param name the name shown in the audit trail
 */
public record Actor(StaffId staffId, String name) implements Serializable {

	private static final Actor SYSTEM = new Actor(null, "Redbox (system)");

	public Actor {
		Objects.requireNonNull(name, "name");
	}

	public static Actor system() {
		return SYSTEM;
	}

	public static Actor anonymous(String claimedName) {
		return new Actor(null, claimedName);
	}

	public boolean isSystem() {
		return this.equals(SYSTEM);
	}
}
