package org.redbox.worktime.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.redbox.directory.SignedInStaff;
import org.redbox.worktime.BankHoliday;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.WorkingCalendars;
import org.redbox.worktime.internal.HolidayAdministration;
import org.redbox.worktime.internal.HolidayChange;
import org.redbox.worktime.internal.RecordedHolidayChanges;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bank holidays as they stand, and the days an administrator has proclaimed or withdrawn. */
@Controller
@RequestMapping("/admin/holidays")
class HolidayAdminController {

	static final List<HolidayRegion> JURISDICTIONS = List.of(HolidayRegion.ENGLAND_AND_WALES, HolidayRegion.SCOTLAND,
			HolidayRegion.NORTHERN_IRELAND);

	private final HolidayAdministration administration;
	private final RecordedHolidayChanges changes;
	private final WorkingCalendars calendars;
	private final Clock clock;

	HolidayAdminController(HolidayAdministration administration, RecordedHolidayChanges changes,
			WorkingCalendars calendars, Clock clock) {
		this.administration = administration;
		this.changes = changes;
		this.calendars = calendars;
		this.clock = clock;
	}

	@GetMapping
	String holidays(SignedInStaff by, Model model) {
		LocalDate today = LocalDate.now(clock);
		LocalDate inAYear = today.plusYears(1);
		Map<HolidayRegion, List<BankHoliday>> upcoming = JURISDICTIONS.stream().collect(Collectors.toMap(
				Function.identity(), r -> calendars.calendar(r).holidaysBetween(today.minusDays(1), inAYear),
				(a, b) -> a, () -> new java.util.EnumMap<>(HolidayRegion.class)));
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("changes", changes.findAllByOrderByDateDesc());
		model.addAttribute("mayChange", administration.mayChange(by));
		model.addAttribute("jurisdictions", JURISDICTIONS);
		if (!model.containsAttribute("holidayForm")) {
			model.addAttribute("holidayForm", new HolidayForm(HolidayRegion.ENGLAND_AND_WALES, null, HolidayChange.Kind.ADDED, "", ""));
		}
		return "worktime/holidays";
	}

	@PostMapping
	String record(SignedInStaff by, @Valid HolidayForm holidayForm, BindingResult errors, Model model,
			RedirectAttributes flash) {
		if (!errors.hasErrors()) {
			try {
				administration.record(by, holidayForm.region(), holidayForm.date(), holidayForm.kind(),
						holidayForm.name(), holidayForm.reason());
				flash.addFlashAttribute("success", (holidayForm.kind() == HolidayChange.Kind.ADDED ? "Added " : "Withdrew ")
						+ holidayForm.name().strip() + " on " + holidayForm.date() + " in " + holidayForm.region().displayName()
						+ ". Deadlines computed from now on take it into account.");
				return "redirect:/admin/holidays";
			}
			catch (IllegalArgumentException e) {
				errors.rejectValue("date", "invalid", e.getMessage());
			}
		}
		return holidays(by, model);
	}

	record HolidayForm(@NotNull(message = "Select the jurisdiction") HolidayRegion region,
			@NotNull(message = "Enter the date") LocalDate date,
			@NotNull(message = "Select whether the day is added or withdrawn") HolidayChange.Kind kind,
			@NotBlank(message = "Enter the holiday's name") @Size(max = 200, message = "Name must be 200 characters or fewer") String name,
			@NotBlank(message = "Enter the reason, such as the proclamation") @Size(max = 500, message = "Reason must be 500 characters or fewer") String reason) {
	}
}
