package org.redbox.diary.web;

import java.io.IOException;

import org.redbox.diary.DiaryId;
import org.redbox.diary.internal.DiaryDoor;
import org.redbox.diary.internal.IcsImport;
import org.redbox.diary.internal.IcsImportSettings;
import org.redbox.diary.internal.IcsProblem;
import org.redbox.directory.SignedInStaff;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Diary managers import an .ics file into a diary and see what it added, updated and clashes with. */
@Controller
class DiaryImportController {

	private final DiaryDoor door;
	private final IcsImport importer;
	private final IcsImportSettings settings;

	DiaryImportController(DiaryDoor door, IcsImport importer, IcsImportSettings settings) {
		this.door = door;
		this.importer = importer;
		this.settings = settings;
	}

	@GetMapping("/diary/{id}/import")
	String page(SignedInStaff by, @PathVariable DiaryId id, Model model) {
		model.addAttribute("open", door.toEdit(by, id));
		model.addAttribute("limits", limits());
		return "diary/import";
	}

	@PostMapping("/diary/{id}/import")
	String upload(SignedInStaff by, @PathVariable DiaryId id, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model, RedirectAttributes flash, HttpServletResponse response) throws IOException {
		try {
			var outcome = importer.importFile(by, id, file == null ? null : file.getOriginalFilename(),
					file == null ? null : file.getBytes());
			flash.addFlashAttribute("outcome", outcome);
			flash.addFlashAttribute("warnings", outcome.warnings());
			flash.addFlashAttribute("success", "Imported " + (file.getOriginalFilename() == null ? "the file" : file.getOriginalFilename())
					+ ": " + outcome.added() + " added, " + outcome.updated() + " updated, " + outcome.unchanged() + " unchanged.");
			return "redirect:/diary/" + id + "/import";
		}
		catch (IcsProblem e) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			model.addAttribute("open", door.toEdit(by, id));
			model.addAttribute("limits", limits());
			model.addAttribute("problem", e.getMessage());
			return "diary/import";
		}
	}

	private String limits() {
		return "At most " + settings.maxFileSize().toKilobytes() + " KB and " + settings.maxEvents() + " events.";
	}
}
