package org.redbox.correspondence.web;

import java.util.List;
import java.util.UUID;

import org.redbox.correspondence.internal.CaseDocuments;
import org.redbox.correspondence.internal.EmailDispatch;
import org.redbox.correspondence.internal.LetterDrafting;
import org.redbox.directory.SignedInStaff;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A case's letter: drafting from a template, sending by email, and the case's documents. */
@Controller
@RequestMapping("/cases/{id}")
class CaseLetterController {

	private final LetterDrafting drafting;
	private final EmailDispatch email;
	private final CaseDocuments documents;

	CaseLetterController(LetterDrafting drafting, EmailDispatch email, CaseDocuments documents) {
		this.drafting = drafting;
		this.email = email;
		this.documents = documents;
	}

	@PostMapping("/draft-from-template")
	String draftFromTemplate(SignedInStaff by, @PathVariable UUID id, @RequestParam(required = false) UUID template,
			@RequestParam(required = false) List<UUID> lines, RedirectAttributes flash) {
		return CaseActionController.act(id, flash, "Draft started from the template: edit it below",
				() -> drafting.draftFromTemplate(by, id, template, lines));
	}

	@PostMapping("/send-email")
	String sendByEmail(SignedInStaff by, @PathVariable UUID id, RedirectAttributes flash) {
		return CaseActionController.act(id, flash, "Reply sent by email with the letter attached; the case is closed",
				() -> email.send(by, id));
	}

	/** A document of the case, for someone who may see the case; the download is audited. */
	@GetMapping("/documents/{documentId}")
	ResponseEntity<byte[]> download(SignedInStaff by, @PathVariable UUID id, @PathVariable UUID documentId) {
		var download = documents.download(by, id, documentId);
		var document = download.document();
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(document.filename()).build().toString())
				.header("X-Content-Type-Options", "nosniff").body(download.content());
	}
}
