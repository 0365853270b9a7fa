package org.redbox.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.redbox.documents.internal.FileStore;
import org.redbox.documents.internal.StoredDocuments;
import org.redbox.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents API for other modules: store a file for a record, list a record's files, read
 * one back. This module does not know who may read a record: the owning module checks access
 * (and audits the read) before it asks for content.
 */
@Service
@Transactional
public class Documents {

	private final StoredDocuments records;
	private final FileStore files;
	private final Clock clock;

	Documents(StoredDocuments records, FileStore files, Clock clock) {
		this.records = records;
		this.files = files;
		this.clock = clock;
	}

	/** Stores the file (the bytes first, then the record, in the caller's transaction). */
	public StoredDocument store(NewDocument file, Actor by) {
		String sha256 = sha256(file.content());
		files.put(sha256, file.content());
		return records.save(StoredDocument.of(file, sha256, by, clock.instant()));
	}

	/** The record's documents, newest first. */
	@Transactional(readOnly = true)
	public List<StoredDocument> of(OwnerReference owner) {
		return records.findByOwnerTypeAndOwnerIdOrderByCreatedAtDescFilenameAsc(owner.recordType(), owner.recordId());
	}

	@Transactional(readOnly = true)
	public Optional<StoredDocument> find(DocumentId id) {
		return records.findById(id.value());
	}

	/**
	 * The document's bytes, checked against its SHA-256.
	 *
	 * @throws IllegalStateException when the stored file no longer matches its checksum
	 */
	public byte[] content(StoredDocument document) {
		byte[] content = files.get(document.sha256());
		if (!sha256(content).equals(document.sha256())) {
			throw new IllegalStateException("Document " + document.id() + " does not match its checksum");
		}
		return content;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
