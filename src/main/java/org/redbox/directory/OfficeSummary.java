package org.redbox.directory;

import org.redbox.shared.OfficeId;
import org.redbox.shared.Jurisdiction;

/** What other modules may know of an office. */
public record OfficeSummary(OfficeId id, String name, String code, Jurisdiction jurisdiction) {

	static OfficeSummary of(Office office) {
		return new OfficeSummary(office.id(), office.name(), office.code(), office.jurisdiction());
	}
}
