package org.redbox.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * The security marking every Redbox record carries (Government Security Classifications):
 * OFFICIAL by default, OFFICIAL-SENSITIVE for need-to-know material, with an optional
 * descriptor such as PERSONAL.
 */
@Embeddable
public record SecurityMarking(
		@Enumerated(EnumType.STRING) @Column(name = "marking_classification", nullable = false) Classification classification,
		@Enumerated(EnumType.STRING) @Column(name = "marking_descriptor") Descriptor descriptor) {

	public static final SecurityMarking OFFICIAL = new SecurityMarking(Classification.OFFICIAL, null);

	public static SecurityMarking official(Descriptor descriptor) {
		return new SecurityMarking(Classification.OFFICIAL, descriptor);
	}

	public boolean isSensitive() {
		return classification == Classification.OFFICIAL_SENSITIVE;
	}

	/** As written on a page: {@code OFFICIAL-SENSITIVE PERSONAL}. */
	public String label() {
		String base = classification.label();
		return descriptor == null ? base : base + " " + descriptor.name();
	}

	public enum Classification {
		OFFICIAL, OFFICIAL_SENSITIVE;

		public String label() {
			return name().replace('_', '-');
		}
	}

	public enum Descriptor {
		PERSONAL, COMMERCIAL, LOCSEN
	}
}
