package org.redbox.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.intake.form.SubmissionRateLimit;
import org.redbox.intake.form.WebFormIntake;
import org.redbox.intake.form.WebFormSettings;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public "Write to us" form of an office ({@code /write/may}), open to anyone without signing
 * in: a message becomes a case and its writer gets the reference on screen and by email.
 */
@Controller
class WriteToUsController {

	private final DirectoryManagement directory;
	private final WebFormIntake intake;
	private final SubmissionRateLimit rateLimit;
	private final WebFormSettings settings;
	private final UploadLimit uploadLimit;

	WriteToUsController(DirectoryManagement directory, WebFormIntake intake, SubmissionRateLimit rateLimit,
			WebFormSettings settings, UploadLimit uploadLimit) {
		this.uploadLimit = uploadLimit;
		this.directory = directory;
		this.intake = intake;
		this.rateLimit = rateLimit;
		this.settings = settings;
	}

	@ModelAttribute("office")
	OfficeSummary office(@PathVariable String officeCode) {
		if (!settings.enabled()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return directory.offices().stream().filter(o -> o.code().equalsIgnoreCase(officeCode)).findFirst()
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@ModelAttribute("settings")
	WebFormSettings settings() {
		return settings;
	}

	@ModelAttribute("messageLength")
	int messageLength() {
		return WriteToUsForm.MESSAGE_LENGTH;
	}

	@GetMapping("/write/{officeCode}")
	String form(@RequestParam(name = UploadLimit.FLAG, required = false) String tooLarge, Model model) {
		WriteToUsForm form = WriteToUsForm.empty();
		model.addAttribute("writeForm", form);
		uploadLimit.explain(form, "writeForm", "attachments", tooLarge, model);
		return "intake/write";
	}

	@PostMapping("/write/{officeCode}")
	String send(@ModelAttribute("office") OfficeSummary office, @Valid @ModelAttribute("writeForm") WriteToUsForm form,
			BindingResult errors, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
		String client = request.getRemoteAddr();
		if (rateLimit.exceeded(form.email(), client)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(settings.window().toSeconds()));
			return "intake/write-later";
		}
		var files = Uploads.check(form.attachments(), settings.maxAttachments(), settings.maxAttachmentSize(),
				settings.attachmentTypes(), "PDF, JPG or PNG");
		if (files.problem() != null) {
			errors.rejectValue("attachments", "invalid", files.problem());
		}
		if (errors.hasErrors()) {
			return "intake/write";
		}
		if (form.caughtByHoneypot()) {
			intake.discard(form.email(), client);
		}
		else {
			var submitted = intake.submit(office.id(), form.toMessage(files.files()), client);
			flash.addFlashAttribute("reference", submitted.logged().reference());
			flash.addFlashAttribute("acknowledged", submitted.acknowledged());
		}
		flash.addFlashAttribute("sentTo", form.email().strip());
		return "redirect:/write/" + office.code().toLowerCase(java.util.Locale.ROOT) + "/sent";
	}

	@GetMapping("/write/{officeCode}/sent")
	String sent(Model model) {
		if (!model.containsAttribute("sentTo")) {
			return "redirect:/write/{officeCode}";
		}
		return "intake/write-sent";
	}
}
