package org.redbox.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redbox.intake.post.ScannedLetters;
import org.springframework.util.unit.DataSize;

/** Text is read from what offices receive, within limits: a bad or slow file gives a reason, never a hang. */
class TextExtractionTest {

	private TextExtraction extraction = within(Duration.ofSeconds(30), 100_000);

	@AfterEach
	void stop() {
		extraction.destroy();
	}

	@Test
	void readsTheTextOfAPdf() {
		var text = extraction.extract("letter.pdf", ScannedLetters.pdf("Dear Mayor,", "The street lights on Canal Walk are out."));

		assertThat(text.hasText()).isTrue();
		assertThat(text.text()).contains("Dear Mayor,", "The street lights on Canal Walk are out.");
		assertThat(text.truncated()).isFalse();
		assertThat(text.problem()).isNull();
	}

	@Test
	void anEmptyFileHasNoTextAndSaysSo() {
		var text = extraction.extract("scan.pdf", new byte[0]);

		assertThat(text.hasText()).isFalse();
		assertThat(text.problem()).isEqualTo("The file is empty.");
	}

	@Test
	void aDamagedPdfHasNoTextAndSaysWhyWithoutThrowing() {
		byte[] garbage = ("%PDF-1.7\n" + "\u0000\u0001garbage that is no PDF at all ".repeat(50)).getBytes(StandardCharsets.ISO_8859_1);

		var text = extraction.extract("scan.pdf", garbage);

		assertThat(text.hasText()).isFalse();
		assertThat(text.problem()).contains("could not be read");
	}

	@Test
	void onlyTheFirstCharactersOfALongTextAreKept() {
		extraction.destroy();
		extraction = within(Duration.ofSeconds(30), 40);

		var text = extraction.extract("letter.pdf", ScannedLetters.pdf("Dear Mayor, the street lights on Canal Walk have been out for a month."));

		assertThat(text.truncated()).isTrue();
		assertThat(text.text().length()).isLessThanOrEqualTo(40);
		assertThat(text.text()).startsWith("Dear Mayor");
		assertThat(text.problem()).isEqualTo("Only the first 40 characters of the text were read.");
	}

	@Test
	void readingThatTakesLongerThanTheLimitIsAbandonedWithAReason() {
		extraction.destroy();
		extraction = within(Duration.ofNanos(1), 100_000);

		var text = extraction.extract("letter.pdf", ScannedLetters.pdf("Dear Mayor,"));

		assertThat(text.hasText()).isFalse();
		assertThat(text.problem()).startsWith("Reading the file took longer than");
	}

	@Test
	void aPdfThatMakesTheParserSpinIsAbandonedAtTheLimitAndTheNextFileIsStillRead() {
		// PDFBox's first PDF loads its fonts, which takes seconds on a busy machine: not what is measured here.
		extraction.extract("warm-up.pdf", ScannedLetters.pdf("Warm up"));
		extraction.destroy();
		extraction = new TextExtraction(new TextExtractionSettings(DataSize.ofMegabytes(20), Duration.ofSeconds(2),
				100_000, 2, 2, true, "eng"));

		var spun = extraction.extract("spinning.pdf", ScannedLetters.spinning(150_000));
		var next = extraction.extract("letter.pdf", ScannedLetters.pdf("Dear Mayor,"));

		assertThat(spun.hasText()).isFalse();
		assertThat(spun.problem()).isEqualTo("Reading the file took longer than 2 seconds, so its text was not read.");
		assertThat(next.text()).isEqualTo("Dear Mayor,");
	}

	@Test
	void aFileLargerThanTheLimitIsNotRead() {
		var text = extraction.extract("huge.pdf", new byte[(int) DataSize.ofMegabytes(20).toBytes() + 1]);

		assertThat(text.problem()).isEqualTo("The file is larger than 20 MB, so its text was not read.");
	}

	@Test
	void aPictureOfTextIsReadByOcrWhereTesseractIsInstalled() {
		assumeTrue(extraction.canReadScans(), "Tesseract is not installed");

		var text = extraction.extract("scan.png", ScannedLetters.png("Street lights on Canal Walk"));

		assertThat(text.text()).containsIgnoringCase("Canal Walk");
	}

	@Test
	void withoutOcrAPictureOfTextHasNoTextAndSaysWhy() {
		extraction.destroy();
		extraction = new TextExtraction(new TextExtractionSettings(DataSize.ofMegabytes(20), Duration.ofSeconds(30),
				100_000, 1, 1, false, "eng"));

		var text = extraction.extract("scan.png", ScannedLetters.png("Street lights on Canal Walk"));

		assertThat(text.hasText()).isFalse();
		assertThat(text.problem()).contains("only be read where Tesseract (OCR) is installed");
	}

	private static TextExtraction within(Duration timeout, int maxCharacters) {
		return new TextExtraction(new TextExtractionSettings(DataSize.ofMegabytes(20), timeout, maxCharacters, 1, 2, true,
				"eng"));
	}
}
