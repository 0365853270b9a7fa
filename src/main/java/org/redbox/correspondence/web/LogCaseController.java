package org.redbox.correspondence.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Logging a letter, call or visit by hand: the correspondent is matched on email or added. */
@Controller
class LogCaseController {

	private final CaseIntake intake;
	private final CaseQueries queries;
	private final ContactManagement contacts;
	private final DirectoryManagement directory;
	private final Clock clock;

	LogCaseController(CaseIntake intake, CaseQueries queries, ContactManagement contacts, DirectoryManagement directory,
			Clock clock) {
		this.intake = intake;
		this.queries = queries;
		this.contacts = contacts;
		this.directory = directory;
		this.clock = clock;
	}

	@ModelAttribute("offices")
	List<OfficeSummary> offices(SignedInStaff staff) {
		return queries.workingOffices(staff).stream().map(directory::office).flatMap(java.util.Optional::stream)
				.sorted(Comparator.comparing(OfficeSummary::name)).toList();
	}

	@ModelAttribute("caseTypes")
	List<CaseType> caseTypes() {
		return List.of(CaseType.values());
	}

	@ModelAttribute("channels")
	List<Channel> channels() {
		return List.of(Channel.values());
	}

	@ModelAttribute("contactTypes")
	List<ContactType> contactTypes() {
		return List.of(ContactType.values());
	}

	/** The form, prefilled with what an intake channel could read of an item it could not log itself. */
	@GetMapping("/cases/new")
	String form(@RequestParam(required = false) UUID office, @RequestParam(required = false) Channel channel,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String correspondentName,
			@RequestParam(required = false) String correspondentEmail, Model model) {
		model.addAttribute("logForm", new LogForm(office, CaseType.GENERAL, channel == null ? Channel.LETTER : channel,
				LocalDate.now(clock), subject == null ? "" : subject, "", correspondentName == null ? "" : correspondentName,
				correspondentEmail == null ? "" : correspondentEmail, ContactType.RESIDENT, false));
		return "cases/new";
	}

	@PostMapping("/cases")
	String log(SignedInStaff staff, @Valid LogForm logForm, BindingResult errors, RedirectAttributes flash) {
		if (errors.hasErrors()) {
			return "cases/new";
		}
		OfficeId office = new OfficeId(logForm.office());
		SecurityMarking marking = Boolean.TRUE.equals(logForm.sensitive())
				? new SecurityMarking(SecurityMarking.Classification.OFFICIAL_SENSITIVE, SecurityMarking.Descriptor.PERSONAL)
				: SecurityMarking.OFFICIAL;
		CaseFile logged = intake.log(staff, office, logForm.receivedOn(), () -> {
			var writer = contacts.findOrRegister(staff.actor(), office, new ContactDetails(logForm.correspondentName(),
					logForm.correspondentType(), null, logForm.correspondentEmail(), null, null, null, false, false));
			return new NewCase(office, logForm.type(), logForm.channel(), logForm.receivedOn(), logForm.subject(),
					logForm.text(), List.of(writer.id()), Set.of(), marking, false, null);
		});
		flash.addFlashAttribute("success", "Logged as " + logged.reference() + ", due " + logged.deadline());
		return "redirect:/cases/" + logged.id();
	}

	record LogForm(@NotNull(message = "Select the office") UUID office,
			@NotNull(message = "Select the kind of case") CaseType type,
			@NotNull(message = "Select how it arrived") Channel channel,
			@NotNull(message = "Enter the date it was received") @PastOrPresent(message = "The date received cannot be in the future") LocalDate receivedOn,
			@NotBlank(message = "Enter a subject") @Size(max = 300, message = "Subject must be 300 characters or fewer") String subject,
			@Size(max = 100000, message = "The text must be 100,000 characters or fewer") String text,
			@NotBlank(message = "Enter the correspondent's name") @Size(max = 200, message = "Name must be 200 characters or fewer") String correspondentName,
			@Email(message = "Enter an email address in the correct format, like name@example.com") String correspondentEmail,
			@NotNull(message = "Select who the correspondent is") ContactType correspondentType, Boolean sensitive) {
	}
}
