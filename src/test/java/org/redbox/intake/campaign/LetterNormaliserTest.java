package org.redbox.intake.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterNormaliserTest {

	@Test
	void removesTheAddressAndDateAboveTheGreetingAndTheSignatureBelowTheSignOff() {
		String letter = """
				Flat 3, 27 Victoria Road
				Exampleton
				EX2 4RT

				14 November 2026

				Dear Mayor,

				Please save the number 42 bus.

				Yours sincerely,

				Margaret O'Brien
				margaret.obrien@example.org
				07700 900123
				""";

		assertThat(LetterNormaliser.words(letter)).containsExactly("please", "save", "the", "number", "42", "bus");
	}

	@Test
	void keepsTheTextAfterAGreetingOnTheSameLineAndCutsASignOffMidLine() {
		String webForm = "Dear Mr Mayor, please save the number 42 bus. Kind regards, Tomasz Nowak, 5 Mill Lane EX1 1AA";

		assertThat(LetterNormaliser.words(webForm)).containsExactly("please", "save", "the", "number", "42", "bus");
	}

	@Test
	void aShortThanksLineEndsTheLetterButThanksInASentenceDoesNot() {
		String letter = """
				Hello,
				Thank you for meeting residents last week about the bus.
				We still need the late service.
				Thanks,
				Jo
				""";

		assertThat(String.join(" ", LetterNormaliser.words(letter)))
				.isEqualTo("thank you for meeting residents last week about the bus we still need the late service");
	}

	@Test
	void dropsPostcodesEmailsPhoneNumbersAndWebAddressesInTheBody() {
		String letter = "I live at EX4 7QT, write to me at jo@example.org or call 01632 960000, see https://example.org/x for the photos.";

		assertThat(String.join(" ", LetterNormaliser.words(letter)))
				.isEqualTo("i live at write to me at or call see for the photos");
	}

	@Test
	void stopsAtQuotedMailAndSignatureMarks() {
		String email = """
				Please keep the library open.
				--
				Sent with love
				""";
		String reply = """
				Please keep the library open.
				On Mon, 23 Nov 2026 at 10:00, Mayor's Office wrote:
				> Thank you for your email.
				""";

		assertThat(LetterNormaliser.words(email)).containsExactly("please", "keep", "the", "library", "open");
		assertThat(LetterNormaliser.words(reply)).containsExactly("please", "keep", "the", "library", "open");
	}

	@Test
	void lowerCasesAndDropsPunctuationAndApostrophes() {
		assertThat(LetterNormaliser.words("Children's SAFETY — never “traded”!")).containsExactly("childrens", "safety",
				"never", "traded");
	}

	@Test
	void nothingToSayIsNoWords() {
		assertThat(LetterNormaliser.words(null)).isEmpty();
		assertThat(LetterNormaliser.words("Dear Mayor,\n\nYours sincerely,\nAnn")).isEmpty();
	}
}
