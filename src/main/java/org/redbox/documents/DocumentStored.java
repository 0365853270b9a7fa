package org.redbox.documents;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;

/** A file was stored for a record. */
public record DocumentStored(DocumentId document, OfficeId officeId, OwnerReference owner, String filename, long size,
		String sha256, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String recordType() {
		return "Document";
	}

	@Override
	public String recordId() {
		return document.toString();
	}

	@Override
	public String summary() {
		return "stored " + filename + " (" + size + " bytes, SHA-256 " + sha256.substring(0, 12) + "…) for "
				+ owner.recordType() + " " + owner.recordId();
	}
}
