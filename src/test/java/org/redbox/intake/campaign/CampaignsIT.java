package org.redbox.intake.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.IncomingCorrespondence;
import org.redbox.correspondence.IncomingCorrespondence.LoggedCase;
import org.redbox.correspondence.NewCase;
import org.redbox.directory.Role;
import org.redbox.shared.Actor;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Copies of a letter logged through any channel become one campaign that managers can see, name, split and merge. */
@IntegrationTest
class CampaignsIT {

	private static final Actor MAILBOX = Actor.anonymous("Mailbox mayor@exampleton.gov.uk");

	@Autowired
	IncomingCorrespondence incoming;
	@Autowired
	ContactManagement contacts;
	@Autowired
	CampaignItems items;
	@Autowired
	Campaigns campaigns;
	@Autowired
	DemoOffices offices;
	@Autowired
	DemoStaff demo;
	@Autowired
	AuditedActions audit;
	@Autowired
	MockMvc mvc;
	@Autowired
	java.time.Clock clock;
	@Autowired
	CampaignSweep sweep;
	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;
	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	@Test
	void copiesFromEmailAndPostBecomeOneCampaignAndAStoryIsFlagged() {
		String letter = CampaignMail.uniqueCopy(CampaignMail.CAMPAIGNS.get(2));
		LoggedCase first = log(Channel.EMAIL, "Dear Mayor,\n\n" + letter + "\n\nYours sincerely,\nAnn Lee\n3 Mill Lane\nEX1 2AB");
		LoggedCase second = log(Channel.LETTER, "12 Church Street\nExampleton\nEX4 7QT\n\nDear Sir or Madam,\n\n" + letter
				+ "\n\nKind regards,\nBen Cole");
		LoggedCase story = log(Channel.WEB_FORM, "Hello, My daughter is seventeen and takes the bus to college every"
				+ " morning because there is no other way to get there, and without it she would have to give up the"
				+ " course she has worked so hard to get onto. " + letter + " Thanks, Cath Rees");
		LoggedCase unrelated = log(Channel.EMAIL, "Dear Mayor, " + CampaignMail.uniqueCopy("the streetlight outside"
				+ " number 14 Orchard Rise has been flickering for a month and the lane is pitch dark by five o'clock. My"
				+ " neighbour fell on the ice there last winter. Could someone from the highways team please come and fix"
				+ " it?") + " Regards, Dan Hall");

		UUID campaign = awaitCampaignOf(second);
		awaitCampaignOf(story);
		assertThat(items.findById(first.id().value()).orElseThrow().campaignId()).isEqualTo(campaign);
		assertThat(items.findById(story.id().value()).orElseThrow().isFlagged()).as("a story is flagged").isTrue();
		assertThat(items.findById(second.id().value()).orElseThrow().isFlagged()).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> items.existsById(unrelated.id().value()));
		assertThat(items.findById(unrelated.id().value()).orElseThrow().campaignId()).isNull();
		assertThat(campaigns.findById(campaign).orElseThrow().leadCaseId()).as("a plain copy leads")
				.isIn(first.id().value(), second.id().value());
		audit.awaitContains(campaign.toString(), "Started");
	}

	@Test
	void managersSeeRenameSplitAndMergeCampaignsAndOthersMayOnlyLook() throws Exception {
		LoggedCase[] one = copies(CampaignMail.uniqueCopy(CampaignMail.CAMPAIGNS.get(0)), 3);
		LoggedCase[] two = copies(CampaignMail.uniqueCopy(CampaignMail.CAMPAIGNS.get(4)), 2);
		UUID campaign = awaitCampaignOf(one[2]);
		UUID other = awaitCampaignOf(two[1]);
		String manager = DemoStaff.EMAIL_BY_ROLE.get(Role.CORRESPONDENCE_MANAGER);

		String page = mvc.perform(get("/campaigns/" + campaign).with(demo.as(manager))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(one[0].reference(), one[1].reference(), one[2].reference(), "Lead");
		mvc.perform(get("/campaigns").with(demo.as(Role.CASEWORKER))).andExpect(status().isOk());
		mvc.perform(get("/campaigns/" + campaign).with(demo.as(Role.CONTRIBUTOR))).andExpect(status().isNotFound());
		mvc.perform(post("/campaigns/" + campaign + "/name").param("name", "Keep Riverside Library open")
				.with(demo.as(Role.CASEWORKER)).with(csrf())).andExpect(status().isForbidden());

		mvc.perform(post("/campaigns/" + campaign + "/name").param("name", " ").with(demo.as(manager)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(campaigns.findById(campaign).orElseThrow().name()).as("a blank name changes nothing")
				.doesNotContain("Riverside Library open");
		mvc.perform(post("/campaigns/" + campaign + "/name").param("name", "Keep Riverside Library open")
				.with(demo.as(manager)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/campaigns/" + campaign + "/split").param("caseId", one[1].id().value().toString())
				.with(demo.as(manager)).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/campaigns/" + campaign + "/merge").param("other", other.toString()).with(demo.as(manager))
				.with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(campaigns.findById(campaign).orElseThrow().name()).isEqualTo("Keep Riverside Library open");
		assertThat(items.findById(one[1].id().value()).orElseThrow().isSplitOut()).isTrue();
		assertThat(items.findByCampaignIdOrderByArrivedAtAscCaseIdAsc(campaign)).extracting(CampaignItem::caseId)
				.containsExactlyInAnyOrder(one[0].id().value(), one[2].id().value(), two[0].id().value(),
						two[1].id().value());
		assertThat(campaigns.existsById(other)).isFalse();
		audit.awaitContains(campaign.toString(), "Renamed", "MemberSplitOut", "Merged");
		String csv = mvc.perform(get("/campaigns.csv").with(demo.as(manager))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(csv).startsWith("Campaign,Members,").contains("Keep Riverside Library open,4,0,");
	}

	@Test
	void aSplitOutCaseCannotLeadAndThoseWhoSeeNoCasesSeeNoCampaigns() throws Exception {
		LoggedCase[] copies = copies(CampaignMail.uniqueCopy(CampaignMail.CAMPAIGNS.get(3)), 2);
		UUID campaign = awaitCampaignOf(copies[1]);
		String manager = DemoStaff.EMAIL_BY_ROLE.get(Role.CORRESPONDENCE_MANAGER);
		mvc.perform(post("/campaigns/" + campaign + "/split").param("caseId", copies[0].id().value().toString())
				.with(demo.as(manager)).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(items.findById(copies[0].id().value()).orElseThrow().campaignId()).isNull();
		mvc.perform(post("/campaigns/" + campaign + "/lead").param("caseId", copies[0].id().value().toString())
				.with(demo.as(manager)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(campaigns.findById(campaign).orElseThrow().leadCaseId()).as("a split-out case cannot lead")
				.isNotEqualTo(copies[0].id().value());
		String none = mvc.perform(get("/campaigns").with(demo.as(Role.CONTRIBUTOR))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(none).as("contributors see no office's cases").contains("No campaigns yet");
	}

	private LoggedCase[] copies(String letter, int count) {
		List<LoggedCase> logged = new ArrayList<>();
		String[] greetings = { "Dear Mayor,", "Hello,", "Dear Sir or Madam," };
		for (int i = 0; i < count; i++) {
			logged.add(log(Channel.EMAIL, greetings[i % 3] + "\n\n" + letter + "\n\nYours sincerely,\nWriter " + i));
		}
		return logged.toArray(LoggedCase[]::new);
	}

	@Test
	void anArrivalCommitsWithItsCaseAndIsGroupedOnceEvenWhenSweptAgain() {
		String letter = "Dear Mayor, " + CampaignMail.uniqueCopy(CampaignMail.CAMPAIGNS.get(1)) + " Yours, a resident";
		UUID rolledBack = tx.execute(status -> {
			UUID id = log(Channel.EMAIL, letter).id().value();
			status.setRollbackOnly();
			return id;
		});
		LoggedCase first = log(Channel.EMAIL, letter);
		LoggedCase second = log(Channel.WEB_FORM, letter);

		UUID campaign = awaitCampaignOf(second);
		assertThat(arrivalsOf(first.id().value(), second.id().value())).as("grouped arrivals are gone").isZero();
		assertThat(items.existsById(rolledBack)).as("a case that never committed is never grouped").isFalse();
		assertThat(arrivalsOf(rolledBack)).as("nor left waiting").isZero();

		// As after a crash between grouping and removing the arrival: sweeping it again changes nothing.
		jdbc.update("insert into campaign_arrival (case_id, office_id, logged_at) values (?, ?, ?)", second.id().value(),
				offices.mayor().id().value(), java.sql.Timestamp.from(clock.instant()));
		sweep.groupBatch();
		await().atMost(Duration.ofSeconds(10)).until(() -> arrivalsOf(second.id().value()) == 0);
		assertThat(items.countByCampaignId(campaign)).isEqualTo(2);
	}

	private int arrivalsOf(UUID... cases) {
		int count = 0;
		for (UUID c : cases) {
			count += jdbc.queryForObject("select count(*) from campaign_arrival where case_id = ?", Integer.class, c);
		}
		return count;
	}

	private LoggedCase log(Channel channel, String text) {
		var writer = contacts.findOrRegister(MAILBOX, offices.mayor().id(), new ContactDetails("Writer " + UUID.randomUUID(),
				ContactType.RESIDENT, null, null, null, null, null, false, false));
		return incoming.log(MAILBOX, new NewCase(offices.mayor().id(), CaseType.GENERAL, channel, LocalDate.now(clock),
				"A letter", text, List.of(writer.id()), Set.of(), null, false, null), List.of());
	}

	private UUID awaitCampaignOf(LoggedCase c) {
		return await().atMost(Duration.ofSeconds(10))
				.until(() -> items.findById(c.id().value()).map(CampaignItem::campaignId).orElse(null), id -> id != null);
	}
}
