package org.redbox.correspondence.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.redbox.contacts.LanguagePreference;
import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.CorrespondenceSettings;
import org.redbox.correspondence.LetterTemplate;
import org.redbox.correspondence.MergeFields;
import org.redbox.correspondence.StandardLine;
import org.redbox.correspondence.internal.LetterLibrary;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages where an office's managers keep its letter templates and standard lines. A refused
 * save shows the form again, as typed, with the reason.
 */
@Controller
@RequestMapping("/letters")
class LetterLibraryController {

	private final LetterLibrary library;
	private final DirectoryManagement directory;
	private final CorrespondenceSettings settings;

	LetterLibraryController(LetterLibrary library, DirectoryManagement directory, CorrespondenceSettings settings) {
		this.library = library;
		this.directory = directory;
		this.settings = settings;
	}

	@GetMapping
	String library(SignedInStaff by, Model model) {
		List<OfficeSummary> offices = managedOffices(by);
		if (offices.isEmpty()) {
			throw new AccessDeniedException("Only managers keep letter templates");
		}
		model.addAttribute("offices", offices.stream()
				.map(o -> new OfficeLetters(o, library.templates(by, o.id()), library.lines(by, o.id()))).toList());
		return "letters/library";
	}

	@GetMapping("/templates/new")
	String newTemplate(SignedInStaff by, @RequestParam UUID office, Model model) {
		library.templates(by, new OfficeId(office));
		return templatePage(model, new TemplateForm(null, office, "", LanguagePreference.ENGLISH, Set.of(), ""), null);
	}

	@GetMapping("/templates/{id}")
	String template(SignedInStaff by, @PathVariable UUID id, Model model) {
		return templatePage(model, TemplateForm.of(library.template(by, id)), null);
	}

	@PostMapping({ "/templates", "/templates/{id}" })
	String saveTemplate(SignedInStaff by, @PathVariable(required = false) UUID id, TemplateForm form, Model model,
			RedirectAttributes flash) {
		try {
			var saved = library.saveTemplate(by, id, form.office() == null ? null : new OfficeId(form.office()),
					form.name(), form.language(), form.caseTypes(), form.body());
			flash.addFlashAttribute("success", "Template saved: " + saved.name());
			return "redirect:/letters";
		}
		catch (IllegalArgumentException e) {
			return templatePage(model, form.withId(id), e.getMessage());
		}
	}

	@GetMapping("/lines/new")
	String newLine(SignedInStaff by, @RequestParam UUID office, Model model) {
		library.lines(by, new OfficeId(office));
		return linePage(model, new LineForm(null, office, "", "", "", ""), null);
	}

	@GetMapping("/lines/{id}")
	String line(SignedInStaff by, @PathVariable UUID id, Model model) {
		return linePage(model, LineForm.of(library.line(by, id)), null);
	}

	@PostMapping({ "/lines", "/lines/{id}" })
	String saveLine(SignedInStaff by, @PathVariable(required = false) UUID id, LineForm form, Model model,
			RedirectAttributes flash) {
		try {
			var saved = library.saveLine(by, id, form.office() == null ? null : new OfficeId(form.office()), form.topic(),
					form.title(), form.body(), expiry(form.expiresOn()));
			flash.addFlashAttribute("success", "Standard line saved: " + saved.title());
			return "redirect:/letters";
		}
		catch (IllegalArgumentException e) {
			return linePage(model, form.withId(id), e.getMessage());
		}
	}

	private String templatePage(Model model, TemplateForm form, String problem) {
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("caseTypes", CaseType.values());
		model.addAttribute("languages", LanguagePreference.values());
		model.addAttribute("fields", MergeFields.names());
		return "letters/template";
	}

	private String linePage(Model model, LineForm form, String problem) {
		model.addAttribute("form", form);
		model.addAttribute("problem", problem);
		model.addAttribute("topics", settings.topics());
		return "letters/line";
	}

	private List<OfficeSummary> managedOffices(SignedInStaff by) {
		return directory.offices().stream().filter(o -> CaseAccessPolicy.isManager(by, o.id())).toList();
	}

	private static LocalDate expiry(String value) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Enter the date the line expires");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Enter the expiry date as a real date, for example 2027-03-31");
		}
	}

	/** An office with its templates and lines, for the library page. */
	record OfficeLetters(OfficeSummary office, List<LetterTemplate> templates, List<StandardLine> lines) {
	}

	/** The template form as typed. */
	record TemplateForm(UUID id, UUID office, String name, LanguagePreference language, Set<CaseType> caseTypes,
			String body) {

		static TemplateForm of(LetterTemplate t) {
			return new TemplateForm(t.id(), t.officeId().value(), t.name(), t.language(), t.caseTypes(), t.bodyHtml());
		}

		TemplateForm withId(UUID newId) {
			return new TemplateForm(newId, office, name, language, caseTypes == null ? Set.of() : caseTypes, body);
		}
	}

	/** The standard line form as typed. */
	record LineForm(UUID id, UUID office, String topic, String title, String body, String expiresOn) {

		static LineForm of(StandardLine line) {
			return new LineForm(line.id(), line.officeId().value(), line.topic(), line.title(), line.bodyHtml(),
					line.expiresOn().toString());
		}

		LineForm withId(UUID newId) {
			return new LineForm(newId, office, topic, title, body, expiresOn);
		}
	}
}
