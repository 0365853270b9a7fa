package org.redbox.diary.web;

import org.redbox.diary.DiaryId;
import org.redbox.diary.internal.DiaryDoor;
import org.redbox.diary.internal.DiaryFeeds;
import org.redbox.diary.internal.DiaryNotFound;
import org.redbox.directory.SignedInStaff;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A diary's calendar feed: the page where the principal or a diary manager issues, renews or
 * revokes its secret URL, and the feed itself, which calendar apps fetch without signing in.
 */
@Controller
class DiaryFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final DiaryDoor door;
	private final DiaryFeeds feeds;

	DiaryFeedController(DiaryDoor door, DiaryFeeds feeds) {
		this.door = door;
		this.feeds = feeds;
	}

	@GetMapping("/diary/{id}/feed")
	String feed(SignedInStaff by, @PathVariable DiaryId id, Model model) {
		model.addAttribute("open", door.toSee(by, id));
		return "diary/feed";
	}

	@PostMapping("/diary/{id}/feed")
	String renew(SignedInStaff by, @PathVariable DiaryId id, RedirectAttributes flash) {
		String secret = feeds.renew(by, id);
		flash.addFlashAttribute("feedUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/diary-feeds/{token}.ics").buildAndExpand(secret).toUriString());
		return "redirect:/diary/" + id + "/feed";
	}

	@PostMapping("/diary/{id}/feed/revoke")
	String revoke(SignedInStaff by, @PathVariable DiaryId id, RedirectAttributes flash) {
		try {
			feeds.revoke(by, id);
			flash.addFlashAttribute("success", "Feed revoked. Calendars subscribed to it will get nothing more.");
		}
		catch (IllegalStateException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/diary/" + id + "/feed";
	}

	/** The feed: no sign-in, the secret is the key; an unknown or revoked secret is simply not found. */
	@GetMapping("/diary-feeds/{token}.ics")
	ResponseEntity<String> calendar(@PathVariable String token) {
		String body = feeds.feed(token).orElseThrow(DiaryNotFound::new);
		return ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore()).body(body);
	}
}
