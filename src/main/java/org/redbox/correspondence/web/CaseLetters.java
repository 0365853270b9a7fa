package org.redbox.correspondence.web;

import java.util.List;
import java.util.UUID;

import org.redbox.correspondence.internal.CaseDocuments;
import org.redbox.correspondence.internal.EmailDispatch;
import org.redbox.correspondence.internal.LetterDrafting;
import org.redbox.directory.SignedInStaff;
import org.redbox.documents.StoredDocument;
import org.springframework.stereotype.Component;

/** The letter's part of the case page: templates and standard lines while drafting, whether email is set up, the documents. */
@Component
class CaseLetters {

	private final LetterDrafting drafting;
	private final EmailDispatch email;
	private final CaseDocuments documents;

	CaseLetters(LetterDrafting drafting, EmailDispatch email, CaseDocuments documents) {
		this.drafting = drafting;
		this.email = email;
		this.documents = documents;
	}

	LetterView of(SignedInStaff staff, UUID id) {
		return new LetterView(drafting.optionsFor(staff, id), email.isSetUp(), documents.of(staff, id));
	}

	/** The letter's part of the case page. */
	record LetterView(LetterDrafting.LetterOptions options, boolean emailSetUp, List<StoredDocument> documents) {
	}
}
