package org.redbox.correspondence.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.nodes.Entities;
import org.redbox.contacts.ContactSummary;
import org.redbox.contacts.LanguagePreference;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.LetterContext;
import org.redbox.correspondence.LetterSettings;
import org.redbox.documents.PdfRenderer;
import org.springframework.stereotype.Component;

/**
 * The signed reply as a letter: the office's letterhead (its name and the configured lines),
 * the reference and date, the correspondent's address block, then the reply itself, which
 * carries its own signature block (the template's {@code {{signature}}}), so the letter says
 * exactly what was signed. Headings are in the correspondent's language.
 */
@Component
class LetterPdf {

	private static final String STYLE = """
			@page { size: A4; margin: 20mm 22mm; }
			body { font-family: '%s'; font-size: 11pt; line-height: 1.4; color: #0b0c0c; }
			.letterhead { border-bottom: 2px solid #0b0c0c; margin-bottom: 12mm; padding-bottom: 3mm; }
			.letterhead h1 { font-size: 16pt; margin: 0 0 2mm 0; }
			.letterhead p { font-size: 9pt; margin: 0; }
			.meta { margin-bottom: 8mm; }
			.meta p, .address p { margin: 0; }
			.address { margin-bottom: 10mm; }
			""".formatted(PdfRenderer.FONT_FAMILY);

	private final PdfRenderer renderer;
	private final LetterSettings settings;
	private final CaseRecords records;

	LetterPdf(PdfRenderer renderer, LetterSettings settings, CaseRecords records) {
		this.renderer = renderer;
		this.settings = settings;
		this.records = records;
	}

	byte[] render(CaseFile c, ContactSummary addressee) {
		return renderer.render(html(c, addressee));
	}

	String html(CaseFile c, ContactSummary addressee) {
		LanguagePreference language = addressee == null ? LanguagePreference.ENGLISH : addressee.language();
		boolean welsh = language == LanguagePreference.WELSH;
		var office = records.officeOf(c);
		LocalDate today = records.today();
		var locale = LetterContext.localeOf(language);
		return "<!DOCTYPE html><html lang=\"" + (welsh ? "cy" : "en") + "\"><head><meta charset=\"utf-8\"><title>"
				+ escape(c.reference()) + "</title><style>" + STYLE + "</style></head><body>"
				+ "<div class=\"letterhead\"><h1>" + escape(office.name()) + "</h1>"
				+ paragraphs(settings.letterheadOf(office.code())) + "</div>"
				+ "<div class=\"meta\"><p>" + (welsh ? "Ein cyfeirnod: " : "Our reference: ") + escape(c.reference())
				+ "</p><p>" + escape(DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(today)) + "</p></div>"
				+ "<div class=\"address\">" + paragraphs(addressBlock(addressee)) + "</div>"
				+ "<div class=\"reply\">" + c.reply().html() + "</div></body></html>";
	}

	private static List<String> addressBlock(ContactSummary addressee) {
		if (addressee == null) {
			return List.of();
		}
		var lines = new java.util.ArrayList<String>();
		lines.add(addressee.name());
		if (addressee.address() != null) {
			lines.addAll(addressee.address().lines());
		}
		return lines;
	}

	private static String paragraphs(List<String> lines) {
		return lines.stream().map(line -> "<p>" + escape(line) + "</p>").collect(Collectors.joining());
	}

	private static String escape(String text) {
		return Entities.escape(text == null ? "" : text);
	}
}
