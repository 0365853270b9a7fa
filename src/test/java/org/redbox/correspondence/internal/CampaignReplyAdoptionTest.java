package org.redbox.correspondence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A campaign reply must not carry the lead writer's name, typed by hand, to every other member. */
class CampaignReplyAdoptionTest {

	@Test
	void aMergedNameHasBeenReplacedSoTheReplyMayGo() {
		assertThat(CampaignReplyAdoption.stillNames("<p>Dear Cath Rees,</p><p>Thank you for writing.</p>", "Ann Lee",
				"Cath Rees")).isEmpty();
		assertThat(CampaignReplyAdoption.stillNames("<p>Dear resident,</p><p>The Town Hall is open.</p>", "Dan Hall",
				"Cath Rees")).as("a surname that is also a word, without a title").isEmpty();
	}

	@Test
	void aNameTypedByHandIsCaughtInEachFormALetterUses() {
		assertThat(CampaignReplyAdoption.stillNames("<p>Dear Mrs Lee,</p>", "Ann Lee", "Cath Rees")).contains("Mrs Lee");
		assertThat(CampaignReplyAdoption.stillNames("<p>Dear Dr. Lee,</p>", "Ann Lee", "Cath Rees")).contains("Dr. Lee");
		assertThat(CampaignReplyAdoption.stillNames("<p>Dear Ann,</p>", "Ann Lee", "Cath Rees")).contains("Dear Ann");
		assertThat(CampaignReplyAdoption.stillNames("<p>As <b>Ann&nbsp;Lee</b> said</p>", "Ann Lee", "Cath Rees"))
				.contains("Ann Lee");
	}

	@Test
	void membersWhoShareTheNameCannotBeToldApart() {
		assertThat(CampaignReplyAdoption.stillNames("<p>Dear Mr Lee,</p>", "Ann Lee", "Bo Lee")).isEmpty();
	}
}
