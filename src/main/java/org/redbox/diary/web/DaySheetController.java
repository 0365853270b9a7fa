package org.redbox.diary.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.redbox.diary.DiaryId;
import org.redbox.diary.internal.DaySheets;
import org.redbox.directory.SignedInStaff;
import org.redbox.documents.PdfRenderer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A principal's day sheet, as a page and as a printable PDF. Without a date it opens on today,
 * or on tomorrow from the configured time the evening before.
 */
@Controller
class DaySheetController {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");
	private static final DateTimeFormatter PREPARED = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm");

	private final DaySheets sheets;
	private final PdfRenderer pdf;
	private final ITemplateEngine templates;

	DaySheetController(DaySheets sheets, PdfRenderer pdf, ITemplateEngine templates) {
		this.sheets = sheets;
		this.pdf = pdf;
		this.templates = templates;
	}

	@GetMapping("/diary/{id}/day-sheet")
	String page(SignedInStaff by, @PathVariable DiaryId id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
		model.addAllAttributes(model(sheets.sheet(by, id, date)));
		return "diary/day-sheet";
	}

	@GetMapping("/diary/{id}/day-sheet.pdf")
	ResponseEntity<byte[]> pdf(SignedInStaff by, @PathVariable DiaryId id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		var sheet = sheets.sheet(by, id, date);
		var context = new Context(java.util.Locale.UK, model(sheet));
		context.setVariable("font", PdfRenderer.FONT_FAMILY);
		byte[] body = pdf.render(templates.process("diary/day-sheet-pdf", context));
		String filename = "day-sheet-" + sheet.day() + ".pdf";
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(filename).build().toString())
				.contentType(MediaType.APPLICATION_PDF).body(body);
	}

	private static Map<String, Object> model(DaySheets.Sheet sheet) {
		List<DaySheetItem> items = sheet.occurrences().stream().map(o -> DaySheetItem.of(o, sheet)).toList();
		var diary = sheet.open().diary();
		return Map.of("diary", diary, "day", sheet.day(), "heading", DAY.format(sheet.day()), "items", items,
				"anyOverdue", items.stream().anyMatch(DaySheetItem::overdue), "contacts", sheet.contacts(),
				"prepared", PREPARED.format(sheet.preparedAt().atZone(diary.zone())),
				"previous", sheet.day().minusDays(1), "next", sheet.day().plusDays(1));
	}
}
