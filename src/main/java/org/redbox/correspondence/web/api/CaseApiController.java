package org.redbox.correspondence.web.api;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.Workstack;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.correspondence.internal.search.CaseSearch;
import org.redbox.correspondence.web.api.CaseJson.CaseListJson;
import org.redbox.correspondence.web.api.CaseRequests.NewCaseRequest;
import org.redbox.correspondence.web.api.CaseRequests.TransitionRequest;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.InvalidParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cases for scripts and council systems: log, read, move on, search. The same rules as the
 * pages apply: a case the caller may not see is 404, an action they may not take 403, a
 * transition the stage forbids 409, bad input a 400 problem naming the field.
 */
@RestController
@RequestMapping(path = "/api/cases", produces = "application/json")
@Tag(name = "Cases")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
class CaseApiController {

	static final int MAX_PAGE_SIZE = 100;

	private final CaseApiIntake intake;
	private final CaseApiReads reads;
	private final CaseTransitions transitions;
	private final CaseQueries queries;
	private final CaseSearch search;

	CaseApiController(CaseApiIntake intake, CaseApiReads reads, CaseTransitions transitions, CaseQueries queries,
			CaseSearch search) {
		this.search = search;
		this.intake = intake;
		this.reads = reads;
		this.transitions = transitions;
		this.queries = queries;
	}

	@PostMapping(consumes = "application/json")
	@Operation(summary = "Log a case", description = "The correspondent is found by email among the office's "
			+ "contacts, or registered. Only office, type, subject, text and correspondent.name are required. "
			+ "An OFFICIAL-SENSITIVE case its author has no need to know of answers with its id and reference only.")
	ResponseEntity<CaseJson> create(@Parameter(hidden = true) SignedInStaff staff, @RequestBody NewCaseRequest body) {
		var c = intake.log(staff, body);
		return ResponseEntity.created(URI.create("/api/cases/" + c.id())).body(
				CaseAccessPolicy.mayView(staff, c) ? reads.logged(c) : reads.unseen(c));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read a case", description = "Audited as a read, as the case page is. 404 for a case you may not see.")
	CaseJson read(@Parameter(hidden = true) SignedInStaff staff, @PathVariable UUID id) {
		return reads.read(staff, id);
	}

	@PostMapping(path = "/{id}/transitions", consumes = "application/json")
	@Operation(summary = "Move a case on", description = "action: complete-triage {topics, reputationalRisk}, "
			+ "close-without-reply {reason, note}, allocate {team, officer}, save-draft {html}, submit-draft, approve, "
			+ "return {reason}, sign-off, dispatch {method}, add-note {note}, reopen {reason}. "
			+ "403 when you may not take the action, 409 when the case's stage does not allow it.")
	CaseJson transition(@Parameter(hidden = true) SignedInStaff staff, @PathVariable UUID id,
			@RequestBody TransitionRequest body) {
		transitions.apply(staff, id, body);
		return reads.read(staff, id);
	}

	@GetMapping
	@Operation(summary = "Search cases, or list a workstack", description = "With q: full-text search over "
			+ "references, subjects, text and correspondents, only among cases you may see. Without q: your "
			+ "workstack (view MINE, TEAM or ALL), sorted by deadline.")
	CaseListJson list(@Parameter(hidden = true) SignedInStaff staff, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "TEAM") String view, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0) {
			throw new InvalidParameter("page", "'page' counts from 0");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidParameter("size", "'size' must be between 1 and " + MAX_PAGE_SIZE);
		}
		if (q != null && !q.isBlank()) {
			return reads.list(search.search(staff, q, PageRequest.of(page, size)).map(CaseSearch.CaseHit::caseFile));
		}
		var stack = new Workstack(Fields.oneOf("view", Workstack.View.class, view), null, null);
		return reads.list(queries.workstack(staff, stack, PageRequest.of(page, size,
				Sort.by(Sort.Order.asc("deadline"), Sort.Order.desc("priorityScore")))));
	}
}
