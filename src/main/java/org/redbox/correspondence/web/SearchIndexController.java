package org.redbox.correspondence.web;

import org.redbox.correspondence.internal.search.SearchIndex;
import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see whether the case index matches the database, and rebuild it (ADMIN only, by URL). */
@Controller
@RequestMapping("/admin/search-index")
class SearchIndexController {

	private final SearchIndex index;

	SearchIndexController(SearchIndex index) {
		this.index = index;
	}

	@GetMapping
	String status(Model model) {
		model.addAttribute("status", index.status());
		return "admin/search-index";
	}

	@PostMapping("/rebuild")
	String rebuild(SignedInStaff staff, RedirectAttributes flash) {
		index.rebuild("asked for by " + staff.name());
		flash.addFlashAttribute("success", "Rebuilding the search index");
		return "redirect:/admin/search-index";
	}
}
