package org.redbox.correspondence.internal;

import java.util.UUID;

import org.redbox.correspondence.CaseFile;
import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispatch by hand ("mark as posted"): records the dispatch and keeps the letter as a PDF on
 * the case, so that it can be printed — both in one transaction, so neither is kept alone.
 */
@Service
@Transactional
public class LetterDispatch {

	static final String PDF = "application/pdf";

	private final CaseWork work;
	private final CaseRecords records;
	private final LetterPdf letters;
	private final CaseDocuments documents;
	private final ReplyDispatches dispatches;

	LetterDispatch(CaseWork work, CaseRecords records, LetterPdf letters, CaseDocuments documents,
			ReplyDispatches dispatches) {
		this.work = work;
		this.records = records;
		this.letters = letters;
		this.documents = documents;
		this.dispatches = dispatches;
	}

	public void dispatchByHand(SignedInStaff by, UUID id, String method) {
		work.dispatch(by, id, method);
		CaseFile c = records.visible(by, id);
		byte[] pdf = letters.render(c, records.correspondentsOf(c).stream().findFirst().orElse(null));
		documents.keep(c, letterName(c), PDF, pdf, by.actor());
	}

	/**
	 * The second transaction of an email dispatch, after the mail server took the message: the
	 * case records the dispatch (and closes), the letter and the message as sent are kept on it,
	 * and the dispatch attempt is marked sent.
	 */
	public void recordEmailed(SignedInStaff by, UUID id, EmailPreparation.Outgoing sent, byte[] message) {
		work.dispatch(by, id, "email");
		CaseFile c = records.visible(by, id);
		documents.keep(c, sent.pdfName(), PDF, sent.pdf(), by.actor());
		documents.keep(c, c.reference() + "-email.eml", "message/rfc822", message, by.actor());
		dispatches.findById(sent.dispatchId()).orElseThrow().sent(records.now());
	}

	static String letterName(CaseFile c) {
		return c.reference() + "-letter.pdf";
	}
}
