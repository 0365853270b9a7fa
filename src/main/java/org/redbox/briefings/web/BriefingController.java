package org.redbox.briefings.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.redbox.briefings.BriefingId;
import org.redbox.briefings.internal.BriefingCommissioning;
import org.redbox.briefings.internal.BriefingNotFound;
import org.redbox.briefings.internal.BriefingWork;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryId;
import org.redbox.directory.SignedInStaff;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Briefings: the list of one's own and one's teams' briefings, commissioning one for a diary
 * engagement, and a briefing's page where the team writes or uploads and submits it and the
 * head of office or commissioner clears or returns it. A problem is shown on the page; nothing changes.
 */
@Controller
@RequestMapping("/briefings")
class BriefingController {

	private final BriefingCommissioning commissioning;
	private final BriefingWork work;

	BriefingController(BriefingCommissioning commissioning, BriefingWork work) {
		this.commissioning = commissioning;
		this.work = work;
	}

	@GetMapping
	String list(SignedInStaff by, Model model) {
		model.addAttribute("briefings", work.workOf(by));
		model.addAttribute("inTeam", !by.teams().isEmpty());
		return "briefings/list";
	}

	@GetMapping("/new")
	String proposal(SignedInStaff by, @RequestParam DiaryId diary, @RequestParam EntryId entry,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model) {
		var proposal = commissioning.propose(by, diary, entry, day);
		model.addAttribute("proposal", proposal);
		model.addAttribute("due", proposal.due());
		model.addAttribute("request", "");
		return "briefings/new";
	}

	@PostMapping
	String commission(SignedInStaff by, @RequestParam DiaryId diary, @RequestParam EntryId entry,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) UUID team, @RequestParam(defaultValue = "") String request,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, Model model,
			RedirectAttributes flash) {
		try {
			var briefing = commissioning.commission(by, diary, entry, day, team, request, due);
			flash.addFlashAttribute("success", "Briefing commissioned from " + briefing.teamName() + ", due "
					+ BriefingFormats.day(briefing.dueOn()));
			return "redirect:/briefings/" + briefing.id();
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			var proposal = commissioning.propose(by, diary, entry, day);
			model.addAttribute("proposal", proposal);
			model.addAttribute("problem", e.getMessage());
			model.addAttribute("due", due == null ? proposal.due() : due);
			model.addAttribute("team", team);
			model.addAttribute("request", request);
			return "briefings/new";
		}
	}

	@GetMapping("/{id}")
	String briefing(SignedInStaff by, @PathVariable BriefingId id, Model model) {
		model.addAttribute("view", work.view(by, id));
		return "briefings/briefing";
	}

	@PostMapping("/{id}/text")
	String write(SignedInStaff by, @PathVariable BriefingId id, @RequestParam(defaultValue = "") String content,
			RedirectAttributes flash) {
		return act(id, flash, "Briefing saved", () -> work.write(by, id, content));
	}

	@PostMapping("/{id}/document")
	String upload(SignedInStaff by, @PathVariable BriefingId id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes flash) {
		return act(id, flash, "Briefing document uploaded", () -> {
			try {
				work.upload(by, id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getContentType(),
						file == null ? null : file.getBytes());
			}
			catch (IOException e) {
				throw new IllegalArgumentException("The file could not be read: upload it again");
			}
		});
	}

	@GetMapping("/{id}/document")
	ResponseEntity<byte[]> document(SignedInStaff by, @PathVariable BriefingId id) {
		var download = work.document(by, id);
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.filename()).build().toString())
				.contentType(MediaType.APPLICATION_OCTET_STREAM).body(download.content());
	}

	@PostMapping("/{id}/submit")
	String submit(SignedInStaff by, @PathVariable BriefingId id, RedirectAttributes flash) {
		return act(id, flash, "Briefing submitted for clearance", () -> work.submit(by, id));
	}

	@PostMapping("/{id}/clear")
	String clear(SignedInStaff by, @PathVariable BriefingId id, RedirectAttributes flash) {
		return act(id, flash, "Briefing cleared: it is now on the diary entry", () -> work.clear(by, id));
	}

	@PostMapping("/{id}/return")
	String returnToTeam(SignedInStaff by, @PathVariable BriefingId id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes flash) {
		return act(id, flash, "Briefing returned to the team", () -> work.returnToTeam(by, id, reason));
	}

	private static String act(BriefingId id, RedirectAttributes flash, String done, Runnable action) {
		try {
			action.run();
			flash.addFlashAttribute("success", done);
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/briefings/" + id;
	}

	/** A briefing (or engagement) the person may not see does not exist for them. */
	@ExceptionHandler(BriefingNotFound.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}
}
