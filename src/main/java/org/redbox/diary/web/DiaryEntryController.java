package org.redbox.diary.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.EntryId;
import org.redbox.diary.EntryKind;
import org.redbox.diary.EntryTime;
import org.redbox.diary.internal.AttendeeDirectory;
import org.redbox.diary.internal.DiaryAdministration;
import org.redbox.diary.internal.DiaryAdministration.Saved;
import org.redbox.diary.internal.DiaryDoor;
import org.redbox.diary.internal.EntryBriefings;
import org.redbox.diary.internal.OpenDiary;
import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, seeing, changing and cancelling diary entries, and single occurrences of a series. */
@Controller
@RequestMapping("/diary/{diary}/entries")
class DiaryEntryController {

	/** A choice in a select: its value and what a person reads. */
	public record Option(String value, String label) {
	}

	private final DiaryDoor door;
	private final DiaryAdministration administration;
	private final AttendeeDirectory people;
	private final EntryBriefings briefings;

	DiaryEntryController(DiaryDoor door, DiaryAdministration administration, AttendeeDirectory people,
			EntryBriefings briefings) {
		this.door = door;
		this.administration = administration;
		this.people = people;
		this.briefings = briefings;
	}

	@ModelAttribute("kinds")
	List<Option> kinds() {
		return Arrays.stream(EntryKind.values()).map(k -> new Option(k.name(), k.displayName())).toList();
	}

	@ModelAttribute("repeats")
	List<Option> repeats() {
		return List.of(new Option("NONE", "Does not repeat"), new Option("DAILY", "Every day"),
				new Option("WEEKDAYS", "Every weekday"), new Option("WEEKLY", "Every week"),
				new Option("FORTNIGHTLY", "Every two weeks"), new Option("MONTHLY", "Every month, same date"),
				new Option("CUSTOM", "Custom rule (RRULE)"));
	}

	@GetMapping("/new")
	String newEntry(SignedInStaff by, @PathVariable DiaryId diary, @RequestParam(required = false) LocalDate date, Model model) {
		OpenDiary open = door.toEdit(by, diary);
		var form = new EntryForm();
		form.setDate(date);
		form.setStartTime("09:00");
		form.setEndTime("10:00");
		model.addAttribute("entryForm", form.withSpareRows());
		return form(model, open, null);
	}

	/** One transaction for the save, so that the diary is opened once for the form and the save. */
	@PostMapping
	@Transactional
	String create(SignedInStaff by, @PathVariable DiaryId diary, @ModelAttribute EntryForm entryForm, BindingResult errors,
			Model model, RedirectAttributes flash, HttpServletResponse response) {
		OpenDiary open = door.toEdit(by, diary);
		EntryDetails details = EntryFormReader.read(entryForm, errors, open.diary().officeId(), people);
		if (details == null) {
			entryForm.withSpareRows();
			return form(model, open, null);
		}
		Saved saved = administration.add(by, diary, details);
		return savedTo(diary, saved, "Entry added: " + details.title(), flash, response);
	}

	/** The entry with its briefings, in one read-only transaction: the diary and the entry are read once. */
	@GetMapping("/{entry}")
	@Transactional(readOnly = true)
	String entry(SignedInStaff by, @PathVariable DiaryId diary, @PathVariable EntryId entry, Model model) {
		model.addAttribute("open", door.toSee(by, diary));
		model.addAttribute("view", administration.entry(by, diary, entry));
		model.addAttribute("briefingsOnEntry", briefings.of(by, diary, entry));
		return "diary/entry";
	}

	@GetMapping("/{entry}/edit")
	String edit(SignedInStaff by, @PathVariable DiaryId diary, @PathVariable EntryId entry, Model model) {
		OpenDiary open = door.toEdit(by, diary);
		var view = administration.entry(by, diary, entry);
		model.addAttribute("entryForm", EntryFormReader.of(view.entry(), people));
		return form(model, open, entry);
	}

	@PostMapping("/{entry}")
	String update(SignedInStaff by, @PathVariable DiaryId diary, @PathVariable EntryId entry,
			@ModelAttribute EntryForm entryForm, BindingResult errors, Model model, RedirectAttributes flash,
			HttpServletResponse response) {
		OpenDiary open = door.toEdit(by, diary);
		EntryDetails details = EntryFormReader.read(entryForm, errors, open.diary().officeId(), people);
		if (details == null) {
			entryForm.withSpareRows();
			return form(model, open, entry);
		}
		try {
			return savedTo(diary, administration.revise(by, diary, entry, details), "Entry changed", flash, response);
		}
		catch (IllegalStateException e) {
			flash.addFlashAttribute("problem", e.getMessage());
			return "redirect:/diary/" + diary + "/entries/" + entry;
		}
	}

	@PostMapping("/{entry}/cancel")
	String cancel(SignedInStaff by, @PathVariable DiaryId diary, @PathVariable EntryId entry, RedirectAttributes flash) {
		try {
			administration.cancel(by, diary, entry);
			flash.addFlashAttribute("success", "Entry cancelled. It stays on record but no longer shows in the diary.");
			return "redirect:/diary/" + diary;
		}
		catch (IllegalStateException e) {
			flash.addFlashAttribute("problem", e.getMessage());
			return "redirect:/diary/" + diary + "/entries/" + entry;
		}
	}

	@PostMapping("/{entry}/occurrences/cancel")
	String cancelOccurrence(SignedInStaff by, @PathVariable DiaryId diary, @PathVariable EntryId entry,
			@RequestParam String original, RedirectAttributes flash) {
		try {
			administration.cancelOccurrence(by, diary, entry, LocalDateTime.parse(original));
			flash.addFlashAttribute("success", "That occurrence is cancelled; the rest of the series stands.");
		}
		catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/diary/" + diary + "/entries/" + entry;
	}

	@PostMapping("/{entry}/occurrences/move")
	String moveOccurrence(SignedInStaff by, @PathVariable DiaryId diary, @PathVariable EntryId entry,
			@RequestParam String original, @RequestParam(required = false) LocalDate date,
			@RequestParam(required = false) String startTime, @RequestParam(required = false) String endTime,
			RedirectAttributes flash, HttpServletResponse response) {
		try {
			var zone = door.toSee(by, diary).diary().zone();
			if (date == null) {
				throw new IllegalArgumentException("Enter the new date, like 2026-06-10");
			}
			EntryTime moved = startTime == null || startTime.isBlank() ? EntryTime.allDay(date, date, zone)
					: EntryTime.timed(LocalDateTime.of(date, LocalTime.parse(startTime.strip())),
							LocalDateTime.of(date, LocalTime.parse(endTime.strip())), zone);
			return savedTo(diary, administration.moveOccurrence(by, diary, entry, LocalDateTime.parse(original), moved),
					"Occurrence moved", flash, response);
		}
		catch (IllegalArgumentException | IllegalStateException | DateTimeParseException | NullPointerException e) {
			flash.addFlashAttribute("problem", e instanceof DateTimeParseException || e instanceof NullPointerException
					? "Enter the new start and end times on the 24-hour clock, like 09:30" : e.getMessage());
			return "redirect:/diary/" + diary + "/entries/" + entry;
		}
	}

	private String form(Model model, OpenDiary open, EntryId entry) {
		model.addAttribute("open", open);
		model.addAttribute("entryId", entry);
		return "diary/form";
	}

	private static String savedTo(DiaryId diary, Saved saved, String message, RedirectAttributes flash,
			HttpServletResponse response) {
		response.setHeader("Server-Timing", saved.serverTiming());
		flash.addFlashAttribute("success", message);
		if (!saved.warnings().isEmpty()) {
			flash.addFlashAttribute("warnings", saved.warnings());
		}
		return "redirect:/diary/" + diary + "/entries/" + saved.entry();
	}
}
