package org.redbox.diary;

import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Someone the principal meets at an entry: one of the office's contacts, a member of staff, or
 * someone named only here; with their role and organisation as the diary should show them.
 */
@Embeddable
public record Attendee(@Enumerated(EnumType.STRING) @Column(name = "kind") Kind kind,
		@Column(name = "ref_id") UUID reference, @Column(name = "name") String name,
		@Column(name = "role") String role, @Column(name = "organisation") String organisation) {

	public Attendee {
		Objects.requireNonNull(kind, "kind");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("An attendee needs a name");
		}
		if ((kind == Kind.OTHER) != (reference == null)) {
			throw new IllegalArgumentException("A contact or member of staff is named by their id; anyone else by name only");
		}
		name = name.strip();
		role = blankToNull(role);
		organisation = blankToNull(organisation);
	}

	public static Attendee other(String name, String role, String organisation) {
		return new Attendee(Kind.OTHER, null, name, role, organisation);
	}

	/** The attendee as the diary shows them: name, then role and organisation in brackets. */
	public String describe() {
		String detail = role == null ? organisation : organisation == null ? role : role + ", " + organisation;
		return detail == null ? name : name + " (" + detail + ")";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** Where the attendee's record lives. */
	public enum Kind {
		CONTACT, STAFF, OTHER
	}
}
