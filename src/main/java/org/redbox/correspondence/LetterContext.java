package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.redbox.contacts.LanguagePreference;

/**
 * What a letter's merge fields are filled from: the correspondent, the case, the officer and
 * who signs, in the letter's language.
 *
 * @param standardLines the standard lines the drafter chose, put where the template says {@code {{standard.lines}}}
 * @param signatory the principal (or other signatory) and their post; {@code null} when nobody holds it
 */
public record LetterContext(String correspondentName, List<String> addressLines, String reference, LocalDate today,
		LocalDate received, String officer, Signatory signatory, LanguagePreference language,
		List<String> standardLines) {

	public LetterContext {
		addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
		language = language == null ? LanguagePreference.ENGLISH : language;
		standardLines = standardLines == null ? List.of() : List.copyOf(standardLines);
	}

	/** The same letter with these standard lines (safe HTML, already cleaned when the lines were saved). */
	public LetterContext withStandardLines(List<String> lines) {
		return new LetterContext(correspondentName, addressLines, reference, today, received, officer, signatory,
				language, lines);
	}

	public Locale locale() {
		return localeOf(language);
	}

	/** The locale dates in a letter are written in. */
	public static Locale localeOf(LanguagePreference language) {
		return language == LanguagePreference.WELSH ? Locale.forLanguageTag("cy-GB") : Locale.UK;
	}

	/** Who signs the letter, as the signature block shows them. */
	public record Signatory(String name, String post) {
	}
}
