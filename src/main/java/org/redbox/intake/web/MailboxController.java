package org.redbox.intake.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.intake.mail.Mailbox;
import org.redbox.intake.mail.MailboxDetails;
import org.redbox.intake.mail.MailboxPoller;
import org.redbox.intake.mail.MailboxSecurity;
import org.redbox.intake.mail.Mailboxes;
import org.redbox.intake.mail.PollResult;
import org.redbox.shared.OfficeId;
import org.springframework.security.access.AccessDeniedException;
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
 * Correspondence managers and office administrators set up the office's IMAP mailboxes: where
 * they are, the name of the environment variable holding the password (never the password), the
 * folders; and switch them on and off, or read one now.
 */
@Controller
class MailboxController {

	private final IntakeOffices offices;
	private final Mailboxes mailboxes;
	private final MailboxPoller poller;

	MailboxController(IntakeOffices offices, Mailboxes mailboxes, MailboxPoller poller) {
		this.offices = offices;
		this.mailboxes = mailboxes;
		this.poller = poller;
	}

	@ModelAttribute("managed")
	List<OfficeSummary> managed(SignedInStaff staff) {
		List<OfficeSummary> managed = offices.where(staff, IntakeOffices.MANAGE_MAILBOXES);
		if (managed.isEmpty()) {
			throw new AccessDeniedException("Only correspondence managers and administrators set up mailboxes");
		}
		return managed;
	}

	@ModelAttribute("securities")
	List<MailboxSecurity> securities() {
		return Arrays.asList(MailboxSecurity.values());
	}

	@GetMapping("/intake/mailboxes")
	String list(@ModelAttribute("managed") List<OfficeSummary> managed, Model model) {
		model.addAttribute("mailboxForm", new MailboxForm(managed.get(0).id().value(), "", "", 993, MailboxSecurity.TLS,
				"", "", "INBOX", "Redbox/Processed", "Redbox/Quarantine", null));
		return page(managed, model);
	}

	@PostMapping("/intake/mailboxes")
	String add(@ModelAttribute("managed") List<OfficeSummary> managed, @Valid MailboxForm mailboxForm,
			BindingResult errors, Model model, RedirectAttributes flash) {
		if (!errors.hasErrors() && managed.stream().noneMatch(o -> o.id().value().equals(mailboxForm.office()))) {
			errors.rejectValue("office", "office", "Select an office whose mailboxes you manage");
		}
		MailboxDetails details = details(mailboxForm, errors);
		if (errors.hasErrors()) {
			return page(managed, model);
		}
		Mailbox added = mailboxes.add(new OfficeId(mailboxForm.office()), details);
		flash.addFlashAttribute("success", "Mailbox " + added.name() + " added: Redbox reads it from now on");
		return "redirect:/intake/mailboxes";
	}

	@GetMapping("/intake/mailboxes/{id}/edit")
	String edit(SignedInStaff staff, @PathVariable UUID id, Model model) {
		Mailbox mailbox = managedMailbox(staff, id);
		model.addAttribute("mailbox", mailbox);
		model.addAttribute("mailboxForm", MailboxForm.of(mailbox));
		return "intake/mailbox-edit";
	}

	/** Bad input shows the form again with the reasons, and changes nothing. */
	@PostMapping("/intake/mailboxes/{id}")
	String change(SignedInStaff staff, @PathVariable UUID id, @Valid MailboxForm mailboxForm, BindingResult errors,
			Model model, RedirectAttributes flash) {
		Mailbox mailbox = managedMailbox(staff, id);
		if (!errors.hasFieldErrors("enabled") && mailboxForm.enabled() == null) {
			errors.rejectValue("enabled", "enabled", "Say whether Redbox reads this mailbox or leaves it paused");
		}
		MailboxDetails details = details(mailboxForm, errors);
		if (errors.hasErrors()) {
			model.addAttribute("mailbox", mailbox);
			return "intake/mailbox-edit";
		}
		mailboxes.change(id, details, mailboxForm.enabled(), staff.actor());
		flash.addFlashAttribute("success", "Mailbox " + details.name() + " saved");
		return "redirect:/intake/mailboxes";
	}

	private static MailboxDetails details(MailboxForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return null;
		}
		try {
			return form.details();
		}
		catch (IllegalArgumentException e) {
			errors.reject("details", e.getMessage());
			return null;
		}
	}

	@PostMapping("/intake/mailboxes/{id}/enabled")
	String enable(SignedInStaff staff, @PathVariable UUID id, @RequestParam boolean on, RedirectAttributes flash) {
		Mailbox mailbox = managedMailbox(staff, id);
		mailboxes.enable(id, on, staff.actor());
		flash.addFlashAttribute("success", "Mailbox " + mailbox.name() + (on ? " switched on" : " switched off"));
		return "redirect:/intake/mailboxes";
	}

	@PostMapping("/intake/mailboxes/{id}/read")
	String readNow(SignedInStaff staff, @PathVariable UUID id, RedirectAttributes flash) {
		Mailbox mailbox = managedMailbox(staff, id);
		PollResult result = poller.poll(mailbox);
		flash.addFlashAttribute(result.error() == null ? "success" : "problem", result.error() == null
				? "Read " + mailbox.name() + ": " + result.logged() + " new cases, " + result.threaded()
						+ " replies added to cases, " + result.quarantined() + " quarantined"
				: "Could not read " + mailbox.name() + ": " + result.error());
		return "redirect:/intake/mailboxes";
	}

	private Mailbox managedMailbox(SignedInStaff staff, UUID id) {
		Mailbox mailbox = mailboxes.find(id).orElseThrow(() -> new AccessDeniedException("No such mailbox"));
		if (!offices.may(staff, mailbox.office(), IntakeOffices.MANAGE_MAILBOXES)) {
			throw new AccessDeniedException("Not a mailbox of an office you manage");
		}
		return mailbox;
	}

	private String page(List<OfficeSummary> managed, Model model) {
		model.addAttribute("mailboxes", managed.stream().flatMap(o -> mailboxes.of(o.id()).stream()).toList());
		return "intake/mailboxes";
	}

	record MailboxForm(@NotNull(message = "Select the office") UUID office,
			@NotBlank(message = "Enter a name for the mailbox") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
			@NotBlank(message = "Enter the IMAP server's host name") @Size(max = 255, message = "Host must be 255 characters or fewer") String host,
			@NotNull(message = "Enter the port") @Min(value = 1, message = "The port must be between 1 and 65535") @Max(value = 65535, message = "The port must be between 1 and 65535") Integer port,
			@NotNull(message = "Select how the connection is protected") MailboxSecurity security,
			@NotBlank(message = "Enter the user name") @Size(max = 320, message = "User name must be 320 characters or fewer") String username,
			@NotBlank(message = "Enter the name of the environment variable that holds the password") @Size(max = 200, message = "The name must be 200 characters or fewer") String secretName,
			@Size(max = 200, message = "Folder names must be 200 characters or fewer") String folder,
			@Size(max = 200, message = "Folder names must be 200 characters or fewer") String processedFolder,
			@Size(max = 200, message = "Folder names must be 200 characters or fewer") String quarantineFolder,
			Boolean enabled) {

		static MailboxForm of(Mailbox mailbox) {
			MailboxDetails d = mailbox.details();
			return new MailboxForm(mailbox.office().value(), d.name(), d.host(), d.port(), d.security(), d.username(),
					d.secretName(), d.folder(), d.processedFolder(), d.quarantineFolder(), mailbox.enabled());
		}

		MailboxDetails details() {
			return new MailboxDetails(name, host, port, security, username, secretName, folder, processedFolder,
					quarantineFolder);
		}
	}
}
