package org.redbox.intake.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a letter's text says of its writer, as a person skimming it would read it. */
class LetterReadingTest {

	@Test
	void readsTheAddressAboveThePostcodeTheEmailTheSubjectAndTheNameUnderTheSignOff() {
		var reading = LetterReading.of("""
				14 Mill Lane
				Northfield
				Exampleton
				EX4 7QT
				rhian.evans@example.org

				Dear Mayor,

				Re: Street lights on Mill Lane

				The lights have been out for a week.

				Yours sincerely,

				Rhian Evans
				""");

		assertThat(reading).isEqualTo(new LetterReading("Rhian Evans", "rhian.evans@example.org", "14 Mill Lane",
				"Northfield", "Exampleton", "EX4 7QT", "Street lights on Mill Lane"));
	}

	@Test
	void aPostcodeOnTheSameLineAsTheTownIsSplitOff() {
		var reading = LetterReading.of("2 High Street\nExampleton, ex1 1aa\n\nDear Sir");

		assertThat(reading.addressLine1()).isEqualTo("2 High Street");
		assertThat(reading.town()).isEqualTo("Exampleton");
		assertThat(reading.postcode()).isEqualTo("EX1 1AA");
	}

	@Test
	void whatTheTextDoesNotSayIsLeftEmpty() {
		var reading = LetterReading.of("I am writing about the bins.\nKind regards\n07700 900123");

		assertThat(reading.name()).isNull();
		assertThat(reading.email()).isNull();
		assertThat(reading.postcode()).isNull();
		assertThat(reading.subject()).isNull();
		assertThat(LetterReading.of("")).isEqualTo(LetterReading.NOTHING);
	}
}
