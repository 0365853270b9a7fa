package org.redbox.directory;

import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** An event about one staff account, which belongs to no single office. */
public interface StaffAccountEvent extends AuditableEvent {

	StaffId staff();

	@Override
	default OfficeId officeId() {
		return null;
	}

	@Override
	default String recordType() {
		return "StaffAccount";
	}

	@Override
	default String recordId() {
		return staff().toString();
	}
}
