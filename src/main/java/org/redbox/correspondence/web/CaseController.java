package org.redbox.correspondence.web;

import java.util.UUID;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseTypeRules;
import org.redbox.correspondence.CorrespondenceSettings;
import org.redbox.correspondence.NoReplyReason;
import org.redbox.correspondence.StageMovePolicy;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.directory.DirectoryManagement;
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
 * case page with its timeline and the actions this person may take at the case's stage.
 */
@Controller
@RequestMapping("/cases")
class CaseController {

	private static final int PAGE_SIZE = 50;

	private final CaseQueries queries;
	private final CaseTypeRules rules;
	private final DirectoryManagement directory;
	private final CorrespondenceSettings settings;

	CaseController(CaseQueries queries, CaseTypeRules rules, DirectoryManagement directory,
			CorrespondenceSettings settings) {
		this.queries = queries;
		this.rules = rules;
		this.directory = directory;
		this.settings = settings;
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
		var view = queries.view(staff, id);
		var c = view.caseFile();
		model.addAttribute("c", view);
		model.addAttribute("mayAct", StageMovePolicy.mayAct(staff, c, rules.ruleFor(c.type())));
		model.addAttribute("isManager", CaseAccessPolicy.isManager(staff, c.officeId()));
		model.addAttribute("mayManageClock", CaseAccessPolicy.isManager(staff, c.officeId())
				|| CaseAccessPolicy.isAllocatedTo(staff, c));
		model.addAttribute("teams", directory.teams(c.officeId()));
		model.addAttribute("officers", directory.activeStaffOf(c.officeId()));
		model.addAttribute("topics", settings.topics());
		model.addAttribute("noReplyReasons", NoReplyReason.values());
		return "cases/case";
	}
}
