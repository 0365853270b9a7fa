package org.redbox.intake.web;

import java.util.UUID;

import org.redbox.directory.SignedInStaff;
import org.redbox.intake.campaign.CampaignManagement;
import org.redbox.intake.campaign.CampaignManagement.CampaignNotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Campaigns: the list per office, a campaign's members, and the managers' changes to it. */
@Controller
class CampaignController {

	private final CampaignManagement campaigns;

	CampaignController(CampaignManagement campaigns) {
		this.campaigns = campaigns;
	}

	@GetMapping("/campaigns")
	String list(SignedInStaff staff, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("campaigns", campaigns.campaignsFor(staff, page));
		return "campaigns/list";
	}

	@GetMapping("/campaigns.csv")
	ResponseEntity<String> csv(SignedInStaff staff) {
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"campaigns.csv\"")
				.body(campaigns.csvFor(staff));
	}

	@GetMapping("/campaigns/{id}")
	String campaign(SignedInStaff staff, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("view", campaigns.campaign(staff, id, page));
		return "campaigns/campaign";
	}

	@PostMapping("/campaigns/{id}/name")
	String rename(SignedInStaff staff, @PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			RedirectAttributes flash) {
		return act(id, flash, "Campaign renamed", () -> campaigns.rename(staff, id, name));
	}

	@PostMapping("/campaigns/{id}/lead")
	String lead(SignedInStaff staff, @PathVariable UUID id, @RequestParam(required = false) UUID caseId,
			RedirectAttributes flash) {
		return act(id, flash, "Lead case changed", () -> campaigns.chooseLead(staff, id, caseId));
	}

	@PostMapping("/campaigns/{id}/split")
	String split(SignedInStaff staff, @PathVariable UUID id, @RequestParam(required = false) UUID caseId,
			RedirectAttributes flash) {
		return act(id, flash, "Case split out for individual casework", () -> campaigns.splitOut(staff, id, caseId));
	}

	@PostMapping("/campaigns/{id}/merge")
	String merge(SignedInStaff staff, @PathVariable UUID id, @RequestParam(required = false) UUID other,
			RedirectAttributes flash) {
		return act(id, flash, "Campaigns merged", () -> campaigns.merge(staff, id, other));
	}

	@PostMapping("/campaigns/{id}/send")
	String send(SignedInStaff staff, @PathVariable UUID id, RedirectAttributes flash) {
		return act(id, flash, "Sending the reply to the members: this page shows how far it has gone",
				() -> campaigns.sendToAll(staff, id));
	}

	private static String act(UUID id, RedirectAttributes flash, String success, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("success", success);
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/campaigns/" + id;
	}

	@ExceptionHandler(CampaignNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}
}
