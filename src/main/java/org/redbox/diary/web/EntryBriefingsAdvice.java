package org.redbox.diary.web;

import jakarta.servlet.http.HttpServletRequest;

import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryId;
import org.redbox.diary.internal.EntryBriefings;
import org.redbox.directory.SignedInStaff;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Adds the entry's briefings to the entry page (a diary entry GET), kept apart from the entry
 * controller so that the briefings part stays in one place.
 */
@ControllerAdvice(assignableTypes = DiaryEntryController.class)
class EntryBriefingsAdvice {

	private final EntryBriefings briefings;

	EntryBriefingsAdvice(EntryBriefings briefings) {
		this.briefings = briefings;
	}

	@ModelAttribute
	void briefings(SignedInStaff by, @PathVariable(required = false) DiaryId diary, @PathVariable(required = false) EntryId entry,
			HttpServletRequest request, Model model) {
		boolean entryPage = "GET".equals(request.getMethod()) && entry != null
				&& request.getRequestURI().endsWith("/entries/" + entry);
		if (entryPage && diary != null) {
			model.addAttribute("briefingsOnEntry", briefings.of(by, diary, entry));
		}
	}
}
