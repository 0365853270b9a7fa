package org.redbox.correspondence.web;

import java.util.UUID;

import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.directory.SignedInStaff;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The caseload as people read it: workstacks (my work, my teams', everything open) and the
 * case page with its timeline. The forms that move a case on come next; see docs/architecture.md.
 */
@Controller
@RequestMapping("/cases")
class CaseController {

	private static final int PAGE_SIZE = 50;

	private final CaseQueries queries;

	CaseController(CaseQueries queries) {
		this.queries = queries;
	}

	@GetMapping
	String workstack(SignedInStaff staff, @RequestParam(defaultValue = "mine") String view,
			@RequestParam(defaultValue = "deadline") String sort, @RequestParam(defaultValue = "0") int page, Model model) {
		Sort order = switch (sort) {
			case "priority" -> Sort.by(Sort.Order.desc("priorityScore"), Sort.Order.asc("deadline"));
			case "received" -> Sort.by(Sort.Order.desc("receivedOn"));
			default -> Sort.by(Sort.Order.asc("deadline"), Sort.Order.desc("priorityScore"));
		};
		var request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, order);
		var cases = switch (view) {
			case "team" -> queries.teamQueue(staff, request);
			case "all" -> queries.allOpen(staff, request);
			default -> queries.myWork(staff, request);
		};
		model.addAttribute("cases", cases);
		model.addAttribute("view", view);
		model.addAttribute("sort", sort);
		model.addAttribute("today", queries.today());
		return "cases/workstack";
	}

	@GetMapping("/{id}")
	String caseFile(SignedInStaff staff, @PathVariable UUID id, Model model) {
		model.addAttribute("c", queries.view(staff, id));
		return "cases/case";
	}
}
