package org.redbox.intake.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.redbox.correspondence.Channel;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.intake.phone.CallIntake;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A quick log of a phone call or a surgery visit, on one page. */
@Controller
class LogCallController {

	private final CallIntake intake;
	private final StaffOffices offices;
	private final Clock clock;

	LogCallController(CallIntake intake, StaffOffices offices, Clock clock) {
		this.intake = intake;
		this.offices = offices;
		this.clock = clock;
	}

	@ModelAttribute("offices")
	List<OfficeSummary> offices(SignedInStaff staff) {
		return offices.workedBy(staff);
	}

	@ModelAttribute("callChannels")
	List<Channel> channels() {
		return List.of(Channel.PHONE, Channel.IN_PERSON);
	}

	@GetMapping("/intake/call")
	String form(@ModelAttribute("offices") List<OfficeSummary> offices, Model model) {
		model.addAttribute("callForm", CallForm.blank(offices.isEmpty() ? null : offices.get(0).id().value(),
				LocalDate.now(clock)));
		return "intake/call";
	}

	@PostMapping("/intake/call")
	String log(SignedInStaff staff, @Valid @ModelAttribute("callForm") CallForm form, BindingResult errors,
			RedirectAttributes flash) {
		if (form.channel() != null && !channels().contains(form.channel())) {
			errors.rejectValue("channel", "invalid", "Select whether they phoned or came in person");
		}
		if (!errors.hasFieldErrors("email") && !errors.hasFieldErrors("phone") && !form.saysHowToReachThem()) {
			errors.rejectValue("phone", "required", "Enter a phone number or an email address, so the office can reply");
		}
		if (form.receivedOn() != null && form.receivedOn().isAfter(LocalDate.now(clock))) {
			errors.rejectValue("receivedOn", "future", "The date of the call or visit must be today or in the past");
		}
		if (errors.hasErrors()) {
			return "intake/call";
		}
		var logged = intake.log(staff, form.toDetails());
		flash.addFlashAttribute("success", "Logged as " + logged.reference() + ", due " + logged.deadline());
		return "redirect:/cases/" + logged.id();
	}
}
