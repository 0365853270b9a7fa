package org.redbox.intake.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.intake.campaign.CampaignIndex.Item;

class CampaignGroupingTest {

	private static final UUID OFFICE = UUID.randomUUID();
	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final InMemoryCampaignIndex index = new InMemoryCampaignIndex();
	private final CampaignGrouping grouping = new CampaignGrouping(CampaignSettings.defaults(), index);

	@Test
	void twoCopiesOfACampaignLetterStartACampaignAndTheThirdJoinsIt() {
		var first = arrive("Dear Mayor,\n\n" + library() + "\n\nYours sincerely,\nSarah Jones\n12 Mill Lane\nEX1 2AB");
		UUID firstId = lastId;
		var second = arrive("Hello,\n\n" + library().replace("every day", "each day") + "\n\nKind regards,\nTom Price");
		var third = arrive("14 Church Street\nExampleton\nEX4 7QT\n\nDear Sir or Madam, " + library()
				+ " Best wishes, Aisha Khan");

		assertThat(first).as("nothing to copy yet").isNull();
		assertThat(second).isNotNull();
		assertThat(third).isNotNull();
		assertThat(third.campaign()).isEqualTo(second.campaign());
		assertThat(index.campaignOf(firstId)).isEqualTo(second.campaign());
		assertThat(third.match().flagged()).isFalse();
		assertThat(third.match().similarityPercent()).isGreaterThanOrEqualTo(95);
	}

	@Test
	void aCopyWithAPersonalStoryJoinsFlaggedForIndividualCasework() {
		arrive("Dear Mayor, " + library() + " Yours sincerely, Sarah Jones");
		arrive("Dear Mayor, " + library() + " Regards, Tom Price");

		var withStory = arrive("Dear Mayor,\n\nMy son has autism and the library is the only quiet place where he can do"
				+ " his homework. Since his school cut its after-school club he goes there every afternoon, and the"
				+ " librarians have helped him more than any service we have been referred to.\n\n" + library()
				+ "\n\nYours sincerely,\nMaria Nowak");

		assertThat(withStory).isNotNull();
		assertThat(withStory.match().flagged()).as("a story is never silently absorbed").isTrue();
		assertThat(withStory.match().newWords()).isGreaterThanOrEqualTo(30);
	}

	@Test
	void aFewWordsChangedDoNotFlagACopy() {
		arrive(library());
		var edited = arrive("Dear Mayor, " + library().replace("three weeks", "just three weeks")
				.replace("small sum", "tiny sum").replace("I ask you", "I strongly ask you") + " Thanks, Jo");

		assertThat(edited).isNotNull();
		assertThat(edited.match().flagged()).isFalse();
		assertThat(edited.match().newWords()).isLessThan(10);
	}

	@Test
	void lettersOnTheSameTopicInTheirOwnWordsAreNotACampaign() {
		arrive("Dear Mayor, I am very upset that Riverside Library may close. I go there every week with my"
				+ " grandchildren and it is the heart of our estate. The consultation was badly advertised and nobody I"
				+ " know had heard of it. Please keep it open. Yours sincerely, Ann Lee");
		var other = arrive("Dear Mayor, Closing Riverside Library would be a terrible mistake. Students use it for"
				+ " revision, pensioners for the papers and warmth, and it hosts the only toddler group nearby. I hope"
				+ " you will think again and keep the library open. Kind regards, Ben Cole");

		assertThat(other).isNull();
	}

	@Test
	void shortRepliesAreNeverGrouped() {
		arrive("Dear Mayor, thank you for your reply, I will wait to hear from your office. Regards, Sam");
		var again = arrive("Dear Mayor, thank you for your reply, I will wait to hear from your office. Regards, Kim");

		assertThat(again).isNull();
	}

	@Test
	void campaignsAreKeptApartByOffice() {
		arrive(library());
		var elsewhere = grouping.place(new Item(UUID.randomUUID(), UUID.randomUUID(), NOW, grouping.fingerprint(library())));

		assertThat(elsewhere).isEmpty();
	}

	@Test
	void aLabelledMixIsGroupedWithPrecisionAndRecallOfAtLeast95Percent() {
		List<CampaignMail.Letter> letters = new CampaignMail(20261123L).letters(1500, 0.6, 0.1);
		var run = new GroupingRun(CampaignSettings.defaults(), letters.size());

		run.groupAll(letters);
		GroupingRun.Score score = run.score(letters);

		assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
		assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.95);
		assertThat(score.storiesFlaggedShare()).as(score.toString()).isGreaterThanOrEqualTo(0.9);
	}

	private CampaignGrouping.Placement arrive(String letter) {
		UUID id = UUID.randomUUID();
		lastId = id;
		return grouping.place(new Item(id, OFFICE, NOW, grouping.fingerprint(letter))).orElse(null);
	}

	private UUID lastId;

	private static String library() {
		return CampaignMail.CAMPAIGNS.get(0);
	}
}
