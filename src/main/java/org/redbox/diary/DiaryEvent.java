package org.redbox.diary;

import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;

/** An event about a diary or one of its entries; audited like every change. */
public interface DiaryEvent extends AuditableEvent {

	OfficeId office();

	@Override
	default OfficeId officeId() {
		return office();
	}
}
