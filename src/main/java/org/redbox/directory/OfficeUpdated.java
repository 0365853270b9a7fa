package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** An office's name, code or jurisdiction changed. */
public record OfficeUpdated(OfficeId office, String before, String after, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public OfficeId officeId() {
		return office;
	}

	@Override
	public String recordType() {
		return "Office";
	}

	@Override
	public String recordId() {
		return office.toString();
	}

	@Override
	public String summary() {
		return "Office changed from [" + before + "] to [" + after + "]";
	}
}
