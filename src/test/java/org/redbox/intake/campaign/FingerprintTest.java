package org.redbox.intake.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FingerprintTest {

	private static final String BUS = CampaignMail.CAMPAIGNS.get(2);

	@Test
	void theSameLetterDressedDifferentlyIsIdentical() {
		var a = Fingerprint.of("Dear Mayor,\n\n" + BUS + "\n\nYours sincerely,\nAnn Lee\n3 Mill Lane\nEX1 2AB", 3);
		var b = Fingerprint.of("Hi, " + BUS + " Best wishes, Ben Cole, ben@example.org", 3);

		assertThat(a.similarityTo(b)).isEqualTo(1.0);
		assertThat(b.wordsNotIn(a)).isZero();
	}

	@Test
	void aChangedWordCountsAsOneWordNotTheShinglesItBreaks() {
		var original = Fingerprint.of(BUS, 3);
		var edited = Fingerprint.of(BUS.replace("hospital", "clinic"), 3);

		assertThat(edited.wordsNotIn(original)).isEqualTo(1);
		assertThat(edited.similarityTo(original)).isCloseTo(1 - 1.0 / original.words(), within(0.001));
	}

	@Test
	void anAddedStoryIsCountedInNewWordsWhileTheCampaignTextIsStillContained() {
		var template = Fingerprint.of(BUS, 3);
		String story = "My daughter is seventeen and takes the bus to college every morning because there is no other way.";
		var withStory = Fingerprint.of(BUS + " " + story, 3);

		assertThat(withStory.similarityTo(template)).isEqualTo(1.0);
		assertThat(withStory.wordsNotIn(template)).isEqualTo(story.split(" ").length);
	}

	@Test
	void rebuildsFromItsStoredText() {
		var fingerprint = Fingerprint.of(BUS, 3);

		assertThat(Fingerprint.ofNormalised(fingerprint.text(), 3).set()).containsExactly(fingerprint.set());
	}

	@Test
	void similarTextsShareBandKeysAndDifferentOnesDoNot() {
		var bands = new MinHashBands(40, 3);
		long[] bus = bands.keys(Fingerprint.of(BUS, 3));
		long[] edited = bands.keys(Fingerprint.of(BUS.replace("hospital", "clinic").replace("town", "the city"), 3));
		long[] library = bands.keys(Fingerprint.of(CampaignMail.CAMPAIGNS.get(0), 3));

		assertThat(shared(bus, edited)).isGreaterThan(20);
		assertThat(shared(bus, library)).isZero();
	}

	private static int shared(long[] a, long[] b) {
		int shared = 0;
		for (int i = 0; i < a.length; i++) {
			shared += a[i] == b[i] ? 1 : 0;
		}
		return shared;
	}
}
