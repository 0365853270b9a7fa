package org.redbox.intake.web;

import org.redbox.shared.SecurityMarking;

/** The marking a logging form's "sensitive" box gives: OFFICIAL, or OFFICIAL-SENSITIVE PERSONAL (need to know). */
final class Markings {

	private Markings() {
	}

	static SecurityMarking of(Boolean sensitive) {
		return Boolean.TRUE.equals(sensitive)
				? new SecurityMarking(SecurityMarking.Classification.OFFICIAL_SENSITIVE, SecurityMarking.Descriptor.PERSONAL)
				: SecurityMarking.OFFICIAL;
	}
}
