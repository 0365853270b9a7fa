package org.redbox.briefings.internal;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * A briefing's text is kept only as safe HTML: headings, paragraphs, emphasis, lists, tables and
 * links (http, https, mailto); no scripts, styles, images or event handlers.
 */
final class BriefingSanitiser {

	private static final Safelist BRIEFING = Safelist.basic().addTags("h2", "h3", "br", "table", "thead", "tbody", "tr",
			"th", "td");

	private BriefingSanitiser() {
	}

	static String sanitise(String html) {
		return html == null ? "" : Jsoup.clean(html, BRIEFING);
	}
}
