package org.redbox.contacts;

import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;

/** An event about one contact of one office; audited like every change. */
public interface ContactEvent extends AuditableEvent {

	/** The contact the event is about (for a merge, the survivor). */
	ContactId subject();

	OfficeId office();

	@Override
	default OfficeId officeId() {
		return office();
	}

	@Override
	default String recordType() {
		return "Contact";
	}

	@Override
	default String recordId() {
		return subject().toString();
	}
}
