package org.redbox.documents;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A stored file's record: what it is, whose it is and its SHA-256, which names its content in
 * the file store. The bytes never change; a new version is a new document.
 */
@Entity
@Table(name = "document")
public class StoredDocument extends AbstractAggregateRoot<StoredDocument> {

	@Id
	private UUID id;
	@Column(name = "office_id")
	private UUID officeId;
	@Embedded
	private SecurityMarking marking;
	@Column(name = "owner_type")
	private String ownerType;
	@Column(name = "owner_id")
	private String ownerId;
	private String filename;
	@Column(name = "content_type")
	private String contentType;
	@Column(name = "size_bytes")
	private long size;
	private String sha256;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "created_by")
	private String createdBy;
	/** Null until first saved, so that saving a new document persists it. */
	@Version
	private Long version;

	protected StoredDocument() {
	}

	static StoredDocument of(NewDocument file, String sha256, Actor by, Instant now) {
		var d = new StoredDocument();
		d.id = UUID.randomUUID();
		d.officeId = file.office().value();
		d.marking = file.marking();
		d.ownerType = file.owner().recordType();
		d.ownerId = file.owner().recordId();
		d.filename = file.filename().strip();
		d.contentType = file.contentType();
		d.size = file.content().length;
		d.sha256 = sha256;
		d.createdAt = now;
		d.createdBy = by.name();
		d.registerEvent(new DocumentStored(d.id(), d.officeId(), d.owner(), d.filename, d.size, sha256, by, now));
		return d;
	}

	public DocumentId id() {
		return new DocumentId(id);
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public SecurityMarking marking() {
		return marking;
	}

	public OwnerReference owner() {
		return new OwnerReference(ownerType, ownerId);
	}

	public boolean belongsTo(OwnerReference owner) {
		return owner().equals(owner);
	}

	public String filename() {
		return filename;
	}

	public String contentType() {
		return contentType;
	}

	public long size() {
		return size;
	}

	public String sha256() {
		return sha256;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public String createdBy() {
		return createdBy;
	}
}
