package org.redbox.documents;

/**
 * The text read from a file, or why there is none.
 *
 * @param text the text, whitespace tidied; empty when none could be read
 * @param truncated the file held more text than the limit allows, and only the first part is here
 * @param problem why no (or only part of the) text was read, in words for the person who uploaded it; null if none
 */
public record ExtractedText(String text, boolean truncated, String problem) {

	public ExtractedText {
		text = text == null ? "" : text;
	}

	static ExtractedText none(String problem) {
		return new ExtractedText("", false, problem);
	}

	public boolean hasText() {
		return !text.isBlank();
	}
}
