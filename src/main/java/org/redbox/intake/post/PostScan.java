package org.redbox.intake.post;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.correspondence.CaseFileId;
import org.redbox.documents.DocumentId;
import org.redbox.documents.ExtractedText;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/**
 * A scanned letter between its upload and its logging as a case: the stored scan, the text read
 * from it (or why none was), and — once logged — its case, so that it is logged once only.
 */
@Entity
@Table(name = "intake_post_scan")
public class PostScan {

	@Id
	private UUID id;
	@Column(name = "office_id")
	private UUID officeId;
	@Column(name = "document_id")
	private UUID documentId;
	private String filename;
	@Column(name = "content_type")
	private String contentType;
	@Column(name = "extracted_text")
	private String extractedText;
	@Column(name = "extraction_note")
	private String extractionNote;
	@Column(name = "uploaded_by")
	private UUID uploadedBy;
	@Column(name = "uploaded_at")
	private Instant uploadedAt;
	@Column(name = "case_id")
	private UUID caseId;
	@Version
	private Long version;

	protected PostScan() {
	}

	PostScan(UUID id, OfficeId office, DocumentId document, String filename, String contentType, ExtractedText text,
			StaffId by, Instant at) {
		this.id = id;
		this.officeId = office.value();
		this.documentId = document.value();
		this.filename = filename;
		this.contentType = contentType;
		this.extractedText = text.text();
		this.extractionNote = text.problem();
		this.uploadedBy = by.value();
		this.uploadedAt = at;
	}

	/** Records the case it became; a scan becomes one case only. */
	void loggedAs(CaseFileId c) {
		if (isLogged()) {
			throw new ScanAlreadyLogged(caseId);
		}
		this.caseId = c.value();
	}

	public boolean isLogged() {
		return caseId != null;
	}

	public UUID id() {
		return id;
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	DocumentId documentId() {
		return new DocumentId(documentId);
	}

	public String filename() {
		return filename;
	}

	public String contentType() {
		return contentType;
	}

	/** The text read from the scan; empty when none was. */
	public String text() {
		return extractedText == null ? "" : extractedText;
	}

	/** Why no text, or only part of it, was read; null when all went well. */
	public String extractionNote() {
		return extractionNote;
	}

	public CaseFileId caseId() {
		return caseId == null ? null : new CaseFileId(caseId);
	}

	/** Thrown when a scan that is already a case is logged again (a second press of the button). */
	public static class ScanAlreadyLogged extends RuntimeException {

		private final UUID caseId;

		ScanAlreadyLogged(UUID caseId) {
			super("This letter has already been logged");
			this.caseId = caseId;
		}

		public CaseFileId caseId() {
			return new CaseFileId(caseId);
		}
	}
}
