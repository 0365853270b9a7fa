package org.redbox.correspondence.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseTypeRules;
import org.redbox.correspondence.CorrespondenceSettings;
import org.redbox.correspondence.NoReplyReason;
import org.redbox.correspondence.StageMovePolicy;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Stage;
import org.redbox.correspondence.Workstack;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.correspondence.internal.Contributions;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.SignedInStaff;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
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
	private final CaseAllocation allocation;
	private final Contributions contributions;
	private final CaseLetters letters;

	CaseController(CaseQueries queries, CaseTypeRules rules, DirectoryManagement directory,
			CorrespondenceSettings settings, CaseAllocation allocation, Contributions contributions, CaseLetters letters) {
		this.allocation = allocation;
		this.letters = letters;
		this.contributions = contributions;
		this.queries = queries;
		this.rules = rules;
		this.directory = directory;
		this.settings = settings;
	}

	/** One read-only transaction for the page, rather than one per lookup. */
	@GetMapping
	@Transactional(readOnly = true)
	String workstack(SignedInStaff staff, WorkstackQuery query, @RequestParam(defaultValue = "0") int page, Model model) {
		var stack = query.stack();
		var cases = queries.workstackRows(staff, stack, PageRequest.of(Math.max(page, 0), PAGE_SIZE, query.order()));
		var today = queries.today();
		var dueSoonUntil = queries.dueSoonUntil(staff);
		model.addAttribute("cases", cases);
		model.addAttribute("rows", cases.stream().map(c -> WorkstackRow.of(c, today, dueSoonUntil)).toList());
		model.addAttribute("stack", stack);
		model.addAttribute("views", Workstack.View.values());
		model.addAttribute("sort", query.sort());
		model.addAttribute("query", query.queryString());
		model.addAttribute("caseTypes", CaseType.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("dues", Workstack.Due.values());
		model.addAttribute("topics", settings.topics());
		var offices = queries.workingOffices(staff).stream().map(directory::office).flatMap(java.util.Optional::stream).toList();
		model.addAttribute("workingOffices", offices);
		var staffByOffice = offices.stream().collect(java.util.stream.Collectors.toMap(o -> o.id(),
				o -> directory.activeStaffOf(o.id())));
		model.addAttribute("officers", staffByOffice.values().stream().flatMap(List::stream).distinct().toList());
		var managed = offices.stream().filter(o -> CaseAccessPolicy.isManager(staff, o.id())).toList();
		model.addAttribute("allocationTeams", managed.stream().flatMap(o -> directory.teams(o.id()).stream()).toList());
		model.addAttribute("allocationOfficers", managed.stream().flatMap(o -> staffByOffice.get(o.id()).stream())
				.distinct().toList());
		return "cases/workstack";
	}

	/** The workstack as CSV (up to 10,000 rows), formula-safe; the export is audited as a read. */
	@GetMapping("/export.csv")
	void export(SignedInStaff staff, WorkstackQuery query, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"redbox-cases.csv\"");
		queries.exportCsv(staff, query.stack(), query.order(), response.getWriter());
	}

	/** A manager allocates the ticked cases to one officer in one team; each case is checked on its own. */
	@PostMapping("/allocate")
	String allocateAll(SignedInStaff staff, @RequestParam(required = false) List<UUID> cases, @RequestParam UUID team,
			@RequestParam UUID officer, RedirectAttributes flash) {
		if (cases == null || cases.isEmpty()) {
			flash.addFlashAttribute("problem", "Tick the cases to allocate");
			return "redirect:/cases?view=ALL";
		}
		try {
			int done = allocation.allocateAll(staff, cases, team, new StaffId(officer));
			flash.addFlashAttribute("success", done + (done == 1 ? " case" : " cases") + " allocated");
		}
		catch (IllegalStateException | IllegalArgumentException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/cases?view=ALL&stage=ALLOCATION";
	}

	/** Hands the caseworker the highest-priority case awaiting allocation in their team. */
	@PostMapping("/take-next")
	String takeNext(SignedInStaff staff, @RequestParam UUID office, RedirectAttributes flash) {
		try {
			var next = allocation.takeNext(staff, new OfficeId(office));
			if (next.isPresent()) {
				flash.addFlashAttribute("success", next.get().reference() + " is now yours");
				return "redirect:/cases/" + next.get().id();
			}
			flash.addFlashAttribute("success", "Nothing is waiting for allocation");
		}
		catch (IllegalStateException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/cases";
	}

	/**
	 * The case page, read in one transaction: the case is loaded once, and every further lookup
	 * of it (contributions, related cases, letter, documents) finds it in that transaction.
	 */
	@GetMapping("/{id}")
	@Transactional(readOnly = true)
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
		model.addAttribute("caseTypes", CaseType.values());
		model.addAttribute("contributions", contributions.onCase(staff, id));
		model.addAttribute("relatedCases", queries.relatedOf(staff, id));
		model.addAttribute("mayLink", CaseAccessPolicy.mayWork(staff, c.officeId()));
		if (c.stage() == Stage.DRAFTING) {
			model.addAttribute("suggestedDue", contributions.suggestedDue(c));
		}
		model.addAttribute("letter", letters.of(staff, id));
		return "cases/case";
	}
}
