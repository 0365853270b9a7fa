package org.redbox.intake.post;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.IncomingCorrespondence;
import org.redbox.correspondence.IncomingCorrespondence.Attachment;
import org.redbox.correspondence.IncomingCorrespondence.LoggedCase;
import org.redbox.correspondence.NewCase;
import org.redbox.directory.SignedInStaff;
import org.redbox.documents.Documents;
import org.redbox.intake.acknowledgement.Acknowledgements;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of logging post: the scanned letter becomes a case at triage (channel LETTER),
 * its writer matched to a contact by email or added, and the scan kept as the case's document.
 * A writer who gave an email address is acknowledged as if they had emailed.
 */
@Service
public class PostIntake {

	private final PostScans scans;
	private final Documents documents;
	private final IncomingCorrespondence incoming;
	private final ContactManagement contacts;
	private final Acknowledgements acknowledgements;

	PostIntake(PostScans scans, Documents documents, IncomingCorrespondence incoming, ContactManagement contacts,
			Acknowledgements acknowledgements) {
		this.acknowledgements = acknowledgements;
		this.scans = scans;
		this.documents = documents;
		this.incoming = incoming;
		this.contacts = contacts;
	}

	/**
	 * Logs the scan as a case, once: a scan already logged throws {@link PostScan.ScanAlreadyLogged}.
	 */
	@Transactional
	public LoggedCase log(SignedInStaff by, UUID scanId, LetterDetails letter) {
		PostScan scan = scans.findById(scanId).orElseThrow(ScanReading.ScanNotFound::new);
		ScanReading.mayLogFor(by, scan.officeId());
		if (scan.isLogged()) {
			throw new PostScan.ScanAlreadyLogged(scan.caseId().value());
		}
		var writer = contacts.findOrRegister(by.actor(), scan.officeId(), new ContactDetails(letter.writerName(),
				ContactType.RESIDENT, null, letter.writerEmail(), null, letter.writerAddress(), null, false, false));
		var stored = documents.find(scan.documentId()).orElseThrow(ScanReading.ScanNotFound::new);
		LoggedCase logged = incoming.log(by.actor(), new NewCase(scan.officeId(), letter.type(), Channel.LETTER,
				letter.receivedOn(), letter.subject(), letter.text(), List.of(writer.id()), Set.of(), letter.marking(),
				false, null), List.of(new Attachment(scan.filename(), scan.contentType(), documents.content(stored))));
		scan.loggedAs(logged.id());
		acknowledgements.requestForStaffLogged(logged, letter.writerEmail(), letter.writerName());
		return logged;
	}
}
