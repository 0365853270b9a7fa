package org.redbox.correspondence.internal;

import java.util.List;
import java.util.UUID;

import org.redbox.correspondence.CaseFile;
import org.redbox.directory.SignedInStaff;
import org.redbox.documents.DocumentId;
import org.redbox.documents.Documents;
import org.redbox.documents.NewDocument;
import org.redbox.documents.OwnerReference;
import org.redbox.documents.StoredDocument;
import org.redbox.shared.Actor;
import org.redbox.shared.ReadAuditor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's documents (its letters and sent messages): kept with the case's office and
 * marking, listed on its page, and downloaded only by someone who may see the case — each
 * download audited as a read.
 */
@Service
@Transactional(readOnly = true)
public class CaseDocuments {

	static final String RECORD_TYPE = "CaseFile";

	private final CaseRecords records;
	private final Documents documents;
	private final ReadAuditor reads;

	CaseDocuments(CaseRecords records, Documents documents, ReadAuditor reads) {
		this.records = records;
		this.documents = documents;
		this.reads = reads;
	}

	/** The documents of a case {@code by} may see, newest first. */
	public List<StoredDocument> of(SignedInStaff by, UUID caseId) {
		return of(records.visible(by, caseId));
	}

	List<StoredDocument> of(CaseFile c) {
		return documents.of(ownerOf(c));
	}

	/** A document of the case with its bytes; "not found" unless {@code by} may see the case and it belongs to it. */
	public Download download(SignedInStaff by, UUID caseId, UUID documentId) {
		CaseFile c = records.visible(by, caseId);
		StoredDocument document = documents.find(new DocumentId(documentId)).filter(d -> d.belongsTo(ownerOf(c)))
				.orElseThrow(CaseNotFound::new);
		reads.recordRead(by.actor(), c.officeId(), RECORD_TYPE, c.id().toString(),
				"downloaded " + document.filename() + " of case " + c.reference());
		return new Download(document, documents.content(document));
	}

	@Transactional
	StoredDocument keep(CaseFile c, String filename, String contentType, byte[] content, Actor by) {
		return documents.store(new NewDocument(c.officeId(), c.marking(), ownerOf(c), filename, contentType, content), by);
	}

	private static OwnerReference ownerOf(CaseFile c) {
		return new OwnerReference(RECORD_TYPE, c.id().toString());
	}

	/** A document and its content, for a download. */
	public record Download(StoredDocument document, byte[] content) {
	}
}
