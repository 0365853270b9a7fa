package org.redbox.intake.mail;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

/**
 * HTML from outside, made safe to keep and show: text, paragraphs, lists, tables and links only —
 * no scripts, styles, forms, frames or images (so no tracking pixel is ever fetched) — and its
 * plain-text reading.
 */
final class MailHtml {

	private static final Safelist SAFE = Safelist.basic().addTags("h1", "h2", "h3", "h4", "br", "table", "thead",
			"tbody", "tr", "th", "td", "hr", "div");
	private static final Document.OutputSettings NO_PRETTY_PRINT = new Document.OutputSettings().prettyPrint(false);

	private MailHtml() {
	}

	static String sanitise(String html) {
		return Jsoup.clean(html, "", SAFE, NO_PRETTY_PRINT);
	}

	/** The text a reader sees, with line breaks where the blocks were. */
	static String text(String html) {
		Document document = Jsoup.parse(html);
		document.select("script, style, head, title").remove();
		document.outputSettings(NO_PRETTY_PRINT);
		document.select("br").after("\\n");
		document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre").before("\\n\\n").after("\\n\\n");
		String marked = Jsoup.clean(document.html(), "", Safelist.none(), NO_PRETTY_PRINT);
		String text = Parser.unescapeEntities(marked, false);
		return text.replace("\\n", "\n").replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
	}
}
