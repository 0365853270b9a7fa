package org.redbox.notifications.web;

import java.util.NoSuchElementException;
import java.util.UUID;

import org.redbox.directory.SignedInStaff;
import org.redbox.notifications.Notices;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member of staff's own notices: the list, opening one (which marks it read) and marking all read. */
@Controller
@RequestMapping("/notices")
class NoticeController {

	private final Notices notices;

	NoticeController(Notices notices) {
		this.notices = notices;
	}

	@GetMapping
	String list(SignedInStaff staff, Model model) {
		model.addAttribute("notices", notices.latestFor(staff.id(), 100));
		model.addAttribute("unread", notices.unreadCount(staff.id()));
		return "notifications/list";
	}

	@PostMapping("/{id}/open")
	String open(SignedInStaff staff, @PathVariable UUID id) {
		return "redirect:" + notices.open(staff.id(), id);
	}

	@PostMapping("/read")
	String readAll(SignedInStaff staff, RedirectAttributes flash) {
		int marked = notices.markAllRead(staff.id());
		flash.addFlashAttribute("success", marked == 1 ? "1 notice marked as read" : marked + " notices marked as read");
		return "redirect:/notices";
	}

	@ExceptionHandler(NoSuchElementException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}
}
