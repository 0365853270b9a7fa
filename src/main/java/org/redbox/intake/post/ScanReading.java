package org.redbox.intake.post;

import java.time.Clock;
import java.util.UUID;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.IncomingCorrespondence.Attachment;
import org.redbox.directory.SignedInStaff;
import org.redbox.documents.Documents;
import org.redbox.documents.ExtractedText;
import org.redbox.documents.NewDocument;
import org.redbox.documents.OwnerReference;
import org.redbox.documents.TextExtraction;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The first step of logging post: the scan is kept as a document of the office and its text read
 * (within the extraction limits), so that the second step can show it and ask only for the rest.
 */
@Service
public class ScanReading {

	/** The record type a scan's document belongs to until the scan is logged as a case. */
	static final String RECORD_TYPE = "PostScan";

	private final PostScans scans;
	private final Documents documents;
	private final TextExtraction extraction;
	private final Clock clock;
	private final TransactionTemplate transaction;

	ScanReading(PostScans scans, Documents documents, TextExtraction extraction, Clock clock,
			PlatformTransactionManager transactions) {
		this.scans = scans;
		this.documents = documents;
		this.extraction = extraction;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Keeps {@code scan} for {@code office} and reads its text; only staff who work the office's
	 * cases may. The text is read before the transaction starts, so a slow scan holds no connection.
	 */
	public PostScan upload(SignedInStaff by, OfficeId office, Attachment scan) {
		mayLogFor(by, office);
		var text = extraction.extract(scan.filename(), scan.content());
		return transaction.execute(status -> keep(by, office, scan, text));
	}

	private PostScan keep(SignedInStaff by, OfficeId office, Attachment scan, ExtractedText text) {
		UUID id = UUID.randomUUID();
		var document = documents.store(new NewDocument(office, SecurityMarking.official(SecurityMarking.Descriptor.PERSONAL),
				new OwnerReference(RECORD_TYPE, id.toString()), scan.filename(), scan.contentType(), scan.content()),
				by.actor());
		return scans.save(new PostScan(id, office, document.id(), scan.filename(), scan.contentType(), text, by.id(),
				clock.instant()));
	}

	/** A scan not yet logged, for the second step; only for staff who work its office's cases. */
	@Transactional(readOnly = true)
	public PostScan scan(SignedInStaff by, UUID id) {
		PostScan scan = scans.findById(id).orElseThrow(ScanNotFound::new);
		mayLogFor(by, scan.officeId());
		return scan;
	}

	static void mayLogFor(SignedInStaff by, OfficeId office) {
		if (!CaseAccessPolicy.mayWork(by, office)) {
			throw new AccessDeniedException("You do not log post for this office");
		}
	}

	/** No such scan. */
	@ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	public static class ScanNotFound extends RuntimeException {

		ScanNotFound() {
			super("No such scanned letter");
		}
	}
}
