package org.redbox.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;

/** A standard line was added or changed. */
public record StandardLineSaved(OfficeId officeId, UUID lineId, String topic, String title, LocalDate expiresOn,
		Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String recordType() {
		return "StandardLine";
	}

	@Override
	public String recordId() {
		return lineId.toString();
	}

	@Override
	public String summary() {
		return "standard line saved: " + topic + ", " + title + " (expires " + expiresOn + ")";
	}
}
