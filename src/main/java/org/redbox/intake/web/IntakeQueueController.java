package org.redbox.intake.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.intake.mail.MailQuarantine;
import org.redbox.intake.mail.Mailbox;
import org.redbox.intake.mail.Mailboxes;
import org.redbox.intake.mail.QuarantineRetry;
import org.redbox.intake.mail.QuarantinedMail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The intake page: the office's mailboxes and how they last went, and the mail waiting in
 * quarantine, which staff retry, log by hand, or mark as dealt with.
 */
@Controller
class IntakeQueueController {

	private static final int SHOWN = 200;

	private final IntakeOffices offices;
	private final Mailboxes mailboxes;
	private final MailQuarantine quarantine;
	private final QuarantineRetry retry;

	IntakeQueueController(IntakeOffices offices, Mailboxes mailboxes, MailQuarantine quarantine, QuarantineRetry retry) {
		this.offices = offices;
		this.mailboxes = mailboxes;
		this.quarantine = quarantine;
		this.retry = retry;
	}

	@GetMapping("/intake")
	String queue(SignedInStaff staff, Model model) {
		List<OfficeSummary> visible = offices.where(staff, IntakeOffices.SEE_QUEUE);
		if (visible.isEmpty()) {
			throw new AccessDeniedException("Only the office's caseworkers and managers see its intake");
		}
		List<Mailbox> boxes = visible.stream().flatMap(o -> mailboxes.of(o.id()).stream()).toList();
		model.addAttribute("mailboxes", boxes);
		model.addAttribute("mailboxNames", boxes.stream().collect(Collectors.toMap(Mailbox::id, Mailbox::name)));
		model.addAttribute("quarantined", quarantine.open(visible.stream().map(OfficeSummary::id).toList(), SHOWN));
		model.addAttribute("mayManage", !offices.where(staff, IntakeOffices.MANAGE_MAILBOXES).isEmpty());
		model.addAttribute("officeNames", visible.stream().collect(Collectors.toMap(o -> o.id().value(), OfficeSummary::name)));
		return "intake/queue";
	}

	@PostMapping("/intake/quarantine/{id}/retry")
	String retry(SignedInStaff staff, @PathVariable UUID id, RedirectAttributes flash) {
		QuarantineRetry.Retried result = retry.retry(entry(staff, id));
		flash.addFlashAttribute(result.logged() ? "success" : "problem", result.message());
		return "redirect:/intake";
	}

	/** Opens the Log-a-case form with what could be read of the message; it leaves the list once marked as dealt with. */
	@GetMapping("/intake/quarantine/{id}/log")
	String logByHand(SignedInStaff staff, @PathVariable UUID id) {
		QuarantinedMail entry = entry(staff, id);
		var sender = SenderText.of(entry.sender());
		return "redirect:" + UriComponentsBuilder.fromPath("/cases/new").queryParam("channel", "EMAIL")
				.queryParam("office", entry.office().value()).queryParam("subject", entry.subject())
				.queryParam("correspondentName", sender.name()).queryParam("correspondentEmail", sender.address())
				.encode().build().toUriString();
	}

	@PostMapping("/intake/quarantine/{id}/dealt-with")
	String dealtWith(SignedInStaff staff, @PathVariable UUID id, RedirectAttributes flash) {
		QuarantinedMail entry = entry(staff, id);
		quarantine.resolve(entry.id(), "Dealt with by " + staff.name());
		flash.addFlashAttribute("success", "Marked as dealt with: " + (entry.subject() == null ? "(no subject)" : entry.subject()));
		return "redirect:/intake";
	}

	private QuarantinedMail entry(SignedInStaff staff, UUID id) {
		QuarantinedMail entry = quarantine.find(id).orElseThrow(() -> new AccessDeniedException("No such message"));
		if (!offices.may(staff, entry.office(), IntakeOffices.SEE_QUEUE)) {
			throw new AccessDeniedException("Not your office's intake");
		}
		return entry;
	}
}
