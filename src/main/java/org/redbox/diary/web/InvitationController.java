package org.redbox.diary.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.redbox.correspondence.CaseFileId;
import org.redbox.diary.DiaryId;
import org.redbox.diary.invitations.InvitationAccessPolicy;
import org.redbox.diary.invitations.InvitationDecision;
import org.redbox.diary.invitations.InvitationDecisions;
import org.redbox.diary.invitations.InvitationDesk;
import org.redbox.diary.invitations.InvitationDesk.InvitationView;
import org.redbox.diary.invitations.InvitationRole;
import org.redbox.directory.SignedInStaff;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The invitation page of an invitation case (details, score, recommendation, the principal's
 * day, the decision) and the diary meeting, where the head of office decides every invitation
 * awaiting decision in one sitting. A refusal by the rules is shown on the page; nothing changes.
 */
@Controller
class InvitationController {

	private final InvitationDesk desk;
	private final InvitationDecisions decisions;

	InvitationController(InvitationDesk desk, InvitationDecisions decisions) {
		this.desk = desk;
		this.decisions = decisions;
	}

	/** A choice on a page. */
	public record Option(String value, String label) {
	}

	@ModelAttribute("roles")
	List<Option> roles() {
		return Arrays.stream(InvitationRole.values()).map(r -> new Option(r.name(), r.displayName())).toList();
	}

	@ModelAttribute("decisions")
	List<Option> decisionOptions() {
		return Arrays.stream(InvitationDecision.values()).map(d -> new Option(d.name(), d.displayName())).toList();
	}

	@GetMapping("/cases/{id}/invitation")
	String invitation(SignedInStaff by, @PathVariable UUID id, Model model) {
		InvitationView view = desk.view(by, new CaseFileId(id));
		if (!model.containsAttribute("invitationForm")) {
			model.addAttribute("invitationForm", view.details() == null ? new InvitationForm() : InvitationForm.of(view.details()));
		}
		model.addAttribute("view", view);
		return "diary/invitation";
	}

	@PostMapping("/cases/{id}/invitation")
	String record(SignedInStaff by, @PathVariable UUID id, @ModelAttribute InvitationForm invitationForm, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		try {
			decisions.record(by, new CaseFileId(id), invitationForm.read());
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("problem", e.getMessage());
			return invitation(by, id, model);
		}
		flash.addFlashAttribute("success", "Invitation details saved");
		return "redirect:/cases/" + id + "/invitation";
	}

	@PostMapping("/cases/{id}/invitation/decision")
	String decide(SignedInStaff by, @PathVariable UUID id, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String delegateTo,
			@RequestParam(defaultValue = "invitation") String from, RedirectAttributes flash) {
		String back = "meeting".equals(from) ? "redirect:/diary/meeting#case-" + id : "redirect:/cases/" + id + "/invitation";
		try {
			var decided = decisions.decide(by, new CaseFileId(id), decisionOf(decision), reason, diaryOf(delegateTo));
			flash.addFlashAttribute("success", decided.decision().pastTense()
					+ (decided.engagement() == null ? "" : ": the engagement is in the diary") + ". The reply is drafted on the case for sign-off.");
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return back;
	}

	@GetMapping("/diary/meeting")
	String meeting(SignedInStaff by, Model model) {
		if (!InvitationAccessPolicy.decidesAnywhere(by)) {
			throw new AccessDeniedException("The diary meeting is for the head of office and the diary managers");
		}
		model.addAttribute("invitations", desk.meeting(by));
		return "diary/meeting";
	}

	private static InvitationDecision decisionOf(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return InvitationDecision.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Choose accept, decline or delegate");
		}
	}

	private static DiaryId diaryOf(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return DiaryId.of(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Delegate to another principal's diary (a deputy or a Cabinet Member)");
		}
	}
}
