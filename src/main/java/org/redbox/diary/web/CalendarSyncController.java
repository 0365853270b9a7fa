package org.redbox.diary.web;

import org.redbox.diary.DiaryId;
import org.redbox.diary.caldav.CaldavDetails;
import org.redbox.diary.caldav.CalendarConnections;
import org.redbox.diary.internal.DiaryDoor;
import org.redbox.directory.SignedInStaff;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The principal and the diary managers connect a diary to a CalDAV calendar, sync it now and see how the last sync went. */
@Controller
class CalendarSyncController {

	private final DiaryDoor door;
	private final CalendarConnections connections;

	CalendarSyncController(DiaryDoor door, CalendarConnections connections) {
		this.door = door;
		this.connections = connections;
	}

	@GetMapping("/diary/{id}/caldav")
	String page(SignedInStaff by, @PathVariable DiaryId id, Model model) {
		var connection = connections.connection(by, id);
		model.addAttribute("open", door.toSee(by, id));
		model.addAttribute("connection", connection.orElse(null));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", connection.map(c -> c.details())
					.map(d -> new FormValues(d.url(), d.username(), d.secretName())).orElse(null));
		}
		return "diary/caldav";
	}

	@PostMapping("/diary/{id}/caldav")
	String connect(SignedInStaff by, @PathVariable DiaryId id, @RequestParam(required = false) String url,
			@RequestParam(required = false) String username, @RequestParam(required = false) String secretName, Model model,
			RedirectAttributes flash, HttpServletResponse response) {
		try {
			connections.connect(by, id, new CaldavDetails(url, username, secretName));
			flash.addFlashAttribute("success", "Saved. Use “Sync now” to sync straight away, or wait for the next scheduled sync.");
			return "redirect:/diary/" + id + "/caldav";
		}
		catch (IllegalArgumentException e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("problem", e.getMessage());
			model.addAttribute("form", new FormValues(url, username, secretName));
			return page(by, id, model);
		}
	}

	@PostMapping("/diary/{id}/caldav/sync")
	String syncNow(SignedInStaff by, @PathVariable DiaryId id, RedirectAttributes flash) {
		connections.syncNow(by, id).ifPresentOrElse(outcome -> {
			if (outcome.error() == null) {
				flash.addFlashAttribute("success", "Synced: " + outcome.summary());
			}
			else {
				flash.addFlashAttribute("problem", "The sync stopped: " + outcome.error() + ". Nothing was lost; what was done: " + outcome.summary());
			}
		}, () -> flash.addFlashAttribute("problem", "This diary is not connected to a calendar"));
		return "redirect:/diary/" + id + "/caldav";
	}

	@PostMapping("/diary/{id}/caldav/remove")
	String disconnect(SignedInStaff by, @PathVariable DiaryId id, RedirectAttributes flash) {
		try {
			connections.disconnect(by, id);
			flash.addFlashAttribute("success", "The diary no longer syncs with that calendar. Entries on both sides stay as they are.");
		}
		catch (IllegalStateException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/diary/" + id + "/caldav";
	}

	/** What was typed, shown again beside the problem. */
	record FormValues(String url, String username, String secretName) {
	}
}
