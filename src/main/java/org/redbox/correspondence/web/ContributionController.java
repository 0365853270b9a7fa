package org.redbox.correspondence.web;

import java.time.LocalDate;
import java.util.UUID;

import org.redbox.correspondence.internal.CaseNotFound;
import org.redbox.correspondence.internal.Contributions;
import org.redbox.directory.SignedInStaff;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contribution requests: the drafter asks another team from the case page; the team answers
 * from its own list at /contributions, which shows the question and the reference, not the case.
 */
@Controller
class ContributionController {

	private final Contributions contributions;

	ContributionController(Contributions contributions) {
		this.contributions = contributions;
	}

	@GetMapping("/contributions")
	String forMyTeams(SignedInStaff staff, Model model) {
		model.addAttribute("tasks", contributions.forTeamsOf(staff));
		model.addAttribute("inTeam", !staff.teams().isEmpty());
		return "cases/contributions";
	}

	@PostMapping("/contributions/{request}/answer")
	String answer(SignedInStaff staff, @PathVariable UUID request, @RequestParam(defaultValue = "") String answer,
			RedirectAttributes flash) {
		try {
			contributions.answer(staff, request, answer);
			flash.addFlashAttribute("success", "Contribution sent to the drafter");
		}
		catch (IllegalStateException | IllegalArgumentException e) {
			flash.addFlashAttribute("problem", e.getMessage());
			flash.addFlashAttribute("problemRequest", request);
		}
		return "redirect:/contributions";
	}

	@PostMapping("/cases/{id}/contributions")
	String request(SignedInStaff staff, @PathVariable UUID id, @RequestParam(required = false) UUID team,
			@RequestParam(defaultValue = "") String question,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			RedirectAttributes flash) {
		try {
			if (team == null) {
				throw new IllegalArgumentException("Choose the team to ask");
			}
			var asked = contributions.request(staff, id, team, question, due);
			flash.addFlashAttribute("success", "Contribution requested from " + asked.teamName());
		}
		catch (IllegalStateException | IllegalArgumentException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/contributions/{request}/cancel")
	String cancel(SignedInStaff staff, @PathVariable UUID id, @PathVariable UUID request, RedirectAttributes flash) {
		try {
			contributions.cancel(staff, id, request);
			flash.addFlashAttribute("success", "Contribution request withdrawn");
		}
		catch (IllegalStateException | IllegalArgumentException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/cases/" + id;
	}

	/** A request the person may not answer does not exist for them. */
	@org.springframework.web.bind.annotation.ExceptionHandler(CaseNotFound.class)
	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}
}
