package org.redbox.correspondence.web;

import org.redbox.correspondence.internal.search.CaseSearch;
import org.redbox.directory.SignedInStaff;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search box of the workstack page and its results: only cases this person may see. */
@Controller
class CaseSearchController {

	private static final int PAGE_SIZE = 20;

	private final CaseSearch search;

	CaseSearchController(CaseSearch search) {
		this.search = search;
	}

	@GetMapping("/cases/search")
	String search(SignedInStaff staff, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("hits", search.search(staff, q, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "cases/search";
	}
}
