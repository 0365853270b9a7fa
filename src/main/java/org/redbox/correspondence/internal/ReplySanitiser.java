package org.redbox.correspondence.internal;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The reply editor's output is kept only as safe HTML: paragraphs, emphasis, lists and links
 * (http, https, mailto); no scripts, styles, images or event handlers.
 */
final class ReplySanitiser {

	private static final Safelist LETTER = Safelist.basic().removeTags("cite", "q", "span", "sub", "sup")
			.addTags("h2", "h3", "br");

	private ReplySanitiser() {
	}

	static String sanitise(String html) {
		return html == null ? "" : Jsoup.clean(html, LETTER);
	}
}
