package org.redbox.correspondence.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.NoReplyReason;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.correspondence.internal.LetterDispatch;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.SecurityMarking;
import org.redbox.shared.StaffId;
import org.redbox.worktime.Extension;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actions on a case page. Each posts back to the case: done, it says so; refused by the
 * case's rules, it says why and nothing changes. Who may act is checked by the services.
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseActionController {

	private final CaseWork work;
	private final CaseAllocation allocation;
	private final LetterDispatch letters;

	CaseActionController(CaseWork work, CaseAllocation allocation, LetterDispatch letters) {
		this.work = work;
		this.allocation = allocation;
		this.letters = letters;
	}

	@PostMapping("/triage")
	String triage(SignedInStaff by, @PathVariable UUID id, @RequestParam(required = false) Set<String> topics,
			@RequestParam(defaultValue = "false") boolean reputationalRisk,
			@RequestParam(defaultValue = "false") boolean sensitive, RedirectAttributes flash) {
		SecurityMarking marking = sensitive
				? new SecurityMarking(SecurityMarking.Classification.OFFICIAL_SENSITIVE, SecurityMarking.Descriptor.PERSONAL)
				: SecurityMarking.OFFICIAL;
		return act(id, flash, "Triage complete: the case awaits allocation",
				() -> work.completeTriage(by, id, topics == null ? Set.of() : topics, reputationalRisk, marking));
	}

	@PostMapping("/type")
	String changeType(SignedInStaff by, @PathVariable UUID id, @RequestParam CaseType type, RedirectAttributes flash) {
		return act(id, flash, "Now " + type.displayName() + ": its deadline follows that type's clock",
				() -> work.reclassify(by, id, type));
	}

	@PostMapping("/close-without-reply")
	String closeWithoutReply(SignedInStaff by, @PathVariable UUID id, @RequestParam NoReplyReason reason,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		return act(id, flash, "Closed: no reply needed", () -> work.closeWithoutReply(by, id, reason, note));
	}

	@PostMapping("/transfer")
	String transfer(SignedInStaff by, @PathVariable UUID id, @RequestParam String organisation, RedirectAttributes flash) {
		return act(id, flash, "Transferred: draft the transfer letter", () -> work.transfer(by, id, require(organisation,
				"Enter the organisation it goes to")));
	}

	@PostMapping("/allocate")
	String allocate(SignedInStaff by, @PathVariable UUID id, @RequestParam UUID team, @RequestParam UUID officer,
			RedirectAttributes flash) {
		return act(id, flash, "Allocated", () -> allocation.allocate(by, id, team, new StaffId(officer)));
	}

	@PostMapping("/draft")
	String draft(SignedInStaff by, @PathVariable UUID id, @RequestParam String reply,
			@RequestParam(defaultValue = "save") String then, RedirectAttributes flash) {
		return act(id, flash, "submit".equals(then) ? "Draft submitted for approval" : "Draft saved", () -> {
			work.saveDraft(by, id, reply);
			if ("submit".equals(then)) {
				work.submitDraft(by, id);
			}
		});
	}

	@PostMapping("/approve")
	String approve(SignedInStaff by, @PathVariable UUID id, RedirectAttributes flash) {
		return act(id, flash, "Approved", () -> work.approve(by, id));
	}

	@PostMapping("/return")
	String returnForRedraft(SignedInStaff by, @PathVariable UUID id, @RequestParam String reason, RedirectAttributes flash) {
		return act(id, flash, "Returned to the drafter", () -> work.returnForRedraft(by, id, reason));
	}

	@PostMapping("/sign-off")
	String signOff(SignedInStaff by, @PathVariable UUID id, RedirectAttributes flash) {
		return act(id, flash, "Signed off: the reply can be sent", () -> work.signOff(by, id));
	}

	@PostMapping("/dispatch")
	String dispatch(SignedInStaff by, @PathVariable UUID id, @RequestParam(defaultValue = "post") String method,
			RedirectAttributes flash) {
		return act(id, flash, "Reply marked as sent; the letter is kept on the case to print; the case is closed",
				() -> letters.dispatchByHand(by, id, method));
	}

	@PostMapping("/extend")
	String extend(SignedInStaff by, @PathVariable UUID id, @RequestParam int amount, @RequestParam String reason,
			RedirectAttributes flash) {
		return act(id, flash, "Deadline extended", () -> work.extend(by, id, new Extension(amount, reason)));
	}

	@PostMapping("/stop-clock")
	String stopClock(SignedInStaff by, @PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, @RequestParam String reason,
			RedirectAttributes flash) {
		return act(id, flash, "Clock stopped", () -> work.stopClock(by, id, on, require(reason, "Say why the clock stops")));
	}

	@PostMapping("/resume-clock")
	String resumeClock(SignedInStaff by, @PathVariable UUID id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes flash) {
		return act(id, flash, "Clock resumed", () -> work.resumeClock(by, id, on));
	}

	@PostMapping("/holding-reply")
	String holdingReply(SignedInStaff by, @PathVariable UUID id, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		return act(id, flash, "Holding reply recorded", () -> work.recordHoldingReply(by, id, note));
	}

	@PostMapping("/reopen")
	String reopen(SignedInStaff by, @PathVariable UUID id, @RequestParam String reason, RedirectAttributes flash) {
		return act(id, flash, "Reopened", () -> work.reopen(by, id, reason));
	}

	@PostMapping("/note")
	String note(SignedInStaff by, @PathVariable UUID id, @RequestParam String note, RedirectAttributes flash) {
		return act(id, flash, "Note added", () -> work.addNote(by, id, note));
	}

	@PostMapping("/link")
	String link(SignedInStaff by, @PathVariable UUID id, @RequestParam(defaultValue = "") String reference,
			RedirectAttributes flash) {
		return act(id, flash, "Linked to " + reference.strip().toUpperCase(java.util.Locale.ROOT),
				() -> work.link(by, id, reference));
	}

	/** Runs the action; a rule that refuses it (an IllegalState or IllegalArgument) is shown on the page. */
	static String act(UUID id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("success", done);
		}
		catch (IllegalStateException | IllegalArgumentException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/cases/" + id;
	}

	private static String require(String value, String message) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(message);
		}
		return value;
	}
}
