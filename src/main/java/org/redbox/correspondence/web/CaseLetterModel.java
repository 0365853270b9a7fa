package org.redbox.correspondence.web;

import java.util.List;
import java.util.UUID;

import org.redbox.correspondence.internal.CaseDocuments;
import org.redbox.correspondence.internal.EmailDispatch;
import org.redbox.correspondence.internal.LetterDrafting;
import org.redbox.directory.SignedInStaff;
import org.redbox.documents.StoredDocument;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What the case page shows about its letter, beside what {@link CaseController} shows: the
 * templates and standard lines on offer while drafting, whether email can be sent at dispatch,
 * and the case's documents.
 */
@ControllerAdvice(assignableTypes = CaseController.class)
class CaseLetterModel {

	private final LetterDrafting drafting;
	private final EmailDispatch email;
	private final CaseDocuments documents;

	CaseLetterModel(LetterDrafting drafting, EmailDispatch email, CaseDocuments documents) {
		this.drafting = drafting;
		this.email = email;
		this.documents = documents;
	}

	@ModelAttribute("letter")
	LetterView letter(SignedInStaff staff, @PathVariable(required = false) UUID id) {
		if (staff == null || id == null) {
			return null;
		}
		return new LetterView(drafting.optionsFor(staff, id), email.isSetUp(), documents.of(staff, id));
	}

	/** The letter's part of the case page. */
	record LetterView(LetterDrafting.LetterOptions options, boolean emailSetUp, List<StoredDocument> documents) {
	}
}
