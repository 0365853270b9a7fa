package org.redbox.intake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.intake.post.LetterReading;
import org.redbox.intake.post.PostIntake;
import org.redbox.intake.post.PostScan;
import org.redbox.intake.post.PostSettings;
import org.redbox.intake.post.ScanReading;
import org.redbox.shared.OfficeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a letter that came by post, in two steps: upload the scan (its text is read), then check
 * what the text gave and add what it did not. Only staff who work the office's cases may.
 */
@Controller
class LogPostController {

	private final ScanReading reading;
	private final PostIntake intake;
	private final StaffOffices offices;
	private final PostSettings settings;
	private final Clock clock;
	private final UploadLimit uploadLimit;

	LogPostController(ScanReading reading, PostIntake intake, StaffOffices offices, PostSettings settings, Clock clock,
			UploadLimit uploadLimit) {
		this.uploadLimit = uploadLimit;
		this.reading = reading;
		this.intake = intake;
		this.offices = offices;
		this.settings = settings;
		this.clock = clock;
	}

	@ModelAttribute("offices")
	List<OfficeSummary> offices(SignedInStaff staff) {
		return offices.workedBy(staff);
	}

	@ModelAttribute("postSettings")
	PostSettings settings() {
		return settings;
	}

	@GetMapping("/intake/post")
	String upload(@ModelAttribute("offices") List<OfficeSummary> offices,
			@RequestParam(name = UploadLimit.FLAG, required = false) String tooLarge, Model model) {
		ScanForm form = new ScanForm(offices.isEmpty() ? null : offices.get(0).id().value(), null);
		model.addAttribute("scanForm", form);
		uploadLimit.explain(form, "scanForm", "scan", tooLarge, model);
		return "intake/post-upload";
	}

	@PostMapping("/intake/post")
	String upload(SignedInStaff staff, @Valid @ModelAttribute("scanForm") ScanForm form, BindingResult errors) {
		var checked = Uploads.check(form.scan() == null ? List.of() : List.of(form.scan()), 1, settings.maxScanSize(),
				settings.scanTypes(), "PDF, JPG, PNG or TIFF");
		if (checked.problem() != null) {
			errors.rejectValue("scan", "invalid", checked.problem());
		}
		else if (checked.files().isEmpty()) {
			errors.rejectValue("scan", "required", "Choose the scanned letter");
		}
		if (errors.hasErrors()) {
			return "intake/post-upload";
		}
		PostScan scan = reading.upload(staff, new OfficeId(form.office()), checked.files().get(0));
		return "redirect:/intake/post/" + scan.id();
	}

	@GetMapping("/intake/post/{id}")
	String details(SignedInStaff staff, @PathVariable UUID id, Model model) {
		PostScan scan = reading.scan(staff, id);
		if (scan.isLogged()) {
			return "redirect:/cases/" + scan.caseId();
		}
		model.addAttribute("scan", scan);
		model.addAttribute("letterForm", LetterForm.readFrom(LetterReading.of(scan.text()), scan.text(), LocalDate.now(clock)));
		return "intake/post-details";
	}

	@PostMapping("/intake/post/{id}")
	String log(SignedInStaff staff, @PathVariable UUID id, @Valid @ModelAttribute("letterForm") LetterForm form,
			BindingResult errors, Model model, RedirectAttributes flash) {
		PostScan scan = reading.scan(staff, id);
		if (scan.isLogged()) {
			return "redirect:/cases/" + scan.caseId();
		}
		if (form.receivedOn() != null && form.receivedOn().isAfter(LocalDate.now(clock))) {
			errors.rejectValue("receivedOn", "future", "The date the letter arrived must be today or in the past");
		}
		if (errors.hasErrors()) {
			model.addAttribute("scan", scan);
			return "intake/post-details";
		}
		try {
			var logged = intake.log(staff, id, form.toDetails());
			flash.addFlashAttribute("success", "Logged as " + logged.reference() + ", due " + logged.deadline());
			return "redirect:/cases/" + logged.id();
		}
		catch (PostScan.ScanAlreadyLogged e) {
			return "redirect:/cases/" + e.caseId();
		}
	}
}
