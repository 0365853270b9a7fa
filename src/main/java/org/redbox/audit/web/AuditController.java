package org.redbox.audit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.redbox.audit.internal.AuditQuery;
import org.redbox.audit.internal.AuditSearch;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.SignedInStaff;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's view of the trail: filter by person, record and dates; export as CSV. */
@Controller
@RequestMapping("/audit")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditSearch search;
	private final DirectoryManagement directory;

	AuditController(AuditSearch search, DirectoryManagement directory) {
		this.search = search;
		this.directory = directory;
	}

	@GetMapping
	String trail(SignedInStaff auditor, @RequestParam(required = false) String person,
			@RequestParam(required = false) String record,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var query = new AuditQuery(person, record, from, to);
		var entries = search.search(auditor, query, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("query", query);
		model.addAttribute("entries", entries);
		model.addAttribute("offices", directory.offices());
		return "audit/trail";
	}

	@GetMapping("/export.csv")
	void export(SignedInStaff auditor, @RequestParam(required = false) String person,
			@RequestParam(required = false) String record,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"redbox-audit-trail.csv\"");
		search.exportCsv(auditor, new AuditQuery(person, record, from, to), response.getWriter());
	}
}
