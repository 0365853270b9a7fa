package org.redbox.intake.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.IncomingCorrespondence;
import org.redbox.correspondence.IncomingCorrespondence.LoggedCase;
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.Stage;
import org.redbox.correspondence.TimelineEntry;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseDocuments;
import org.redbox.correspondence.internal.CaseFiles;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.directory.Role;
import org.redbox.shared.Actor;
import org.redbox.shared.SecurityMarking;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** One reply for a campaign: signed off once on the lead case, then sent to every member not flagged, each personalised. */
@IntegrationTest
class CampaignReplyIT {

	private static final Actor MAILBOX = Actor.anonymous("Mailbox mayor@exampleton.gov.uk");

	@Autowired
	IncomingCorrespondence incoming;
	@Autowired
	ContactManagement contacts;
	@Autowired
	CaseWork work;
	@Autowired
	CaseAllocation allocation;
	@Autowired
	CaseFiles cases;
	@Autowired
	CaseDocuments documents;
	@Autowired
	CampaignReplySender sender;
	@Autowired
	CampaignItems items;
	@Autowired
	Campaigns campaigns;
	@Autowired
	DemoOffices offices;
	@Autowired
	DemoStaff demo;
	@Autowired
	TransactionTemplate tx;
	@Autowired
	MockMvc mvc;
	@Autowired
	java.time.Clock clock;

	@Test
	void theLeadsSignedReplyGoesOnceToEveryPlainMemberPersonalisedAndFlaggedMembersAreLeftAlone() throws Exception {
		String letter = CampaignMail.uniqueCopy(CampaignMail.CAMPAIGNS.get(1));
		LoggedCase a = log("Ann Lee", "Dear Mayor,\n\n" + letter + "\n\nYours sincerely,\nAnn Lee");
		LoggedCase b = log("Ben Cole", "Hello,\n\n" + letter + "\n\nKind regards,\nBen Cole");
		LoggedCase c = log("Cath Rees", "Dear Sir or Madam, " + letter + " Best wishes, Cath Rees");
		LoggedCase story = log("Dan Hall", "Dear Mayor, I care for my mother, who has dementia, and I drive her to her"
				+ " appointments in my old diesel car three times a week. Without the car she would miss her treatment and"
				+ " I cannot afford a new one on a carer's allowance. " + letter + " Yours, Dan Hall");
		UUID campaign = awaitCampaignOf(c);
		awaitCampaignOf(story);
		await().atMost(Duration.ofSeconds(10)).until(() -> items.countByCampaignId(campaign) == 4);
		UUID lead = campaigns.findById(campaign).orElseThrow().leadCaseId();
		String leadReference = cases.findById(lead).orElseThrow().reference();
		String leadName = names.get(lead);
		draft(lead, "<p>Dear " + leadName + ",</p><p>Thank you for writing about the Clean Air Zone charge. Our reference is "
				+ leadReference + ".</p>");

		send(campaign);
		sender.sendPending();
		assertThat(page(campaign)).contains("Sending the reply stopped after 0 of 2 members", "must be signed off");
		assertThat(stageOf(a)).as("nothing sent before sign-off").isNotEqualTo(Stage.CLOSED);

		signOff(lead);
		MvcResult sent = send(campaign);
		assertThat(sent.getFlashMap().get("success")).asString().contains("Sending the reply to the members");
		assertThat(page(campaign)).as("the request answers before anything is sent")
				.contains("Sending the reply: sent 0 of 2 members");
		assertThat(sender.sendPending()).isEqualTo(2);
		assertThat(page(campaign)).contains("Reply sent to 2 of 2 members");
		send(campaign);
		assertThat(sender.sendPending()).as("asking again reaches only members not sent to").isZero();
		for (LoggedCase member : List.of(a, b, c)) {
			if (member.id().value().equals(lead)) {
				continue;
			}
			CaseFile m = cases.findById(member.id().value()).orElseThrow();
			assertThat(m.stage()).isEqualTo(Stage.CLOSED);
			assertThat(m.reply().html()).contains(member.reference()).doesNotContain(leadReference, leadName);
			assertThat(timeline(member)).anyMatch(line -> line.startsWith("Campaign reply of " + leadReference))
					.anyMatch(line -> line.equals("Reply dispatched by post"));
			assertThat(documents.of(demo.holding(Role.CORRESPONDENCE_MANAGER), member.id().value()))
					.as("one letter, however often the campaign is sent").filteredOn(d -> d.filename().endsWith("-letter.pdf"))
					.hasSize(1);
		}
		assertThat(stageOf(story)).as("a story stays for individual casework").isEqualTo(Stage.TRIAGE);
	}

	private void draft(UUID id, String html) {
		var caseworker = demo.holding(Role.CASEWORKER);
		work.completeTriage(caseworker, id, Set.of("Transport"), false, SecurityMarking.OFFICIAL);
		allocation.allocate(demo.holding(Role.CORRESPONDENCE_MANAGER), id, offices.mayorsTeam("Correspondence"),
				caseworker.id());
		work.saveDraft(caseworker, id, html);
	}

	private void signOff(UUID id) {
		work.submitDraft(demo.holding(Role.CASEWORKER), id);
		work.approve(demo.holding(Role.CORRESPONDENCE_MANAGER), id);
		work.approve(demo.holding(Role.CHIEF_OF_STAFF), id);
		work.signOff(demo.holding(Role.CHIEF_OF_STAFF), id);
	}

	@Test
	void aRunStoppedByARestartBetweenASendAndItsMarkerGoesOnWithoutSendingAnyoneTwice() throws Exception {
		String letter = CampaignMail.uniqueCopy(CampaignMail.CAMPAIGNS.get(2));
		List<LoggedCase> members = new java.util.ArrayList<>();
		for (String name : List.of("Eve Ash", "Fin Bell", "Gus Cox", "Hal Dee", "Ivy Eng")) {
			members.add(log(name, "Dear Mayor,\n\n" + letter + "\n\nYours,\n" + name));
		}
		UUID campaign = awaitCampaignOf(members.get(4));
		await().atMost(Duration.ofSeconds(10)).until(() -> items.countByCampaignId(campaign) == 5);
		UUID lead = campaigns.findById(campaign).orElseThrow().leadCaseId();
		draft(lead, "<p>Dear " + names.get(lead) + ",</p><p>Thank you for writing.</p>");
		signOff(lead);
		send(campaign);
		java.util.concurrent.atomic.AtomicInteger sends = new java.util.concurrent.atomic.AtomicInteger();
		sender.afterSend(() -> {
			if (sends.incrementAndGet() == 2) {
				throw new SimulatedCrash();
			}
		});
		try {
			assertThatThrownBy(sender::sendPending).isInstanceOf(SimulatedCrash.class);
			assertThat(page(campaign)).contains("Sending the reply: sent 1 of 4 members");
		}
		finally {
			sender.afterSend(() -> {
			});
		}

		sender.sendPending();

		assertThat(page(campaign)).contains("Reply sent to 4 of 4 members");
		for (LoggedCase member : members) {
			if (member.id().value().equals(lead)) {
				continue;
			}
			assertThat(stageOf(member)).isEqualTo(Stage.CLOSED);
			assertThat(timeline(member)).as("dispatched once, restart or not")
					.filteredOn(line -> line.equals("Reply dispatched by post")).hasSize(1);
			assertThat(documents.of(demo.holding(Role.CORRESPONDENCE_MANAGER), member.id().value()))
					.filteredOn(d -> d.filename().endsWith("-letter.pdf")).hasSize(1);
		}
	}

	/** Stands for the process dying: an Error, which nothing on the way catches. */
	static class SimulatedCrash extends Error {
	}

	private String page(UUID campaign) throws Exception {
		return mvc.perform(get("/campaigns/" + campaign).with(demo.as(Role.CORRESPONDENCE_MANAGER)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private MvcResult send(UUID campaign) throws Exception {
		return mvc.perform(post("/campaigns/" + campaign + "/send").with(demo.as(Role.CORRESPONDENCE_MANAGER)).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn();
	}

	private Stage stageOf(LoggedCase c) {
		return cases.findById(c.id().value()).orElseThrow().stage();
	}

	private List<String> timeline(LoggedCase c) {
		return tx.execute(s -> cases.findById(c.id().value()).orElseThrow().timeline().stream().map(TimelineEntry::summary)
				.toList());
	}

	private final java.util.Map<UUID, String> names = new java.util.HashMap<>();

	private LoggedCase log(String name, String text) {
		String fullName = name + " " + UUID.randomUUID().toString().substring(0, 8);
		var writer = contacts.findOrRegister(MAILBOX, offices.mayor().id(), new ContactDetails(fullName,
				ContactType.RESIDENT, null, null, null, null, null, false, false));
		LoggedCase logged = incoming.log(MAILBOX, new NewCase(offices.mayor().id(), CaseType.GENERAL, Channel.EMAIL, LocalDate.now(clock),
				"Clean Air Zone charge", text, List.of(writer.id()), Set.of(), null, false, null), List.of());
		names.put(logged.id().value(), fullName);
		return logged;
	}

	private UUID awaitCampaignOf(LoggedCase c) {
		return await().atMost(Duration.ofSeconds(10))
				.until(() -> items.findById(c.id().value()).map(CampaignItem::campaignId).orElse(null), id -> id != null);
	}
}
