package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
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
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.notifications.NoticeKind;
import org.redbox.notifications.Notices;
import org.redbox.shared.SecurityMarking;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A drafter asks the housing directorate for figures: the directorate sees the question (not
 * the case), is told and reminded, answers, and the answer reaches the drafter and the timeline.
 */
@IntegrationTest
class ContributionsIT {

	private static final String CONTRIBUTOR = "contributor@exampleton.gov.uk";

	@Autowired
	CaseIntake intake;
	@Autowired
	CaseWork work;
	@Autowired
	CaseAllocation allocation;
	@Autowired
	CaseQueries queries;
	@Autowired
	ContactManagement contacts;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	Notices notices;
	@Autowired
	DemoStaff demo;
	@Autowired
	DemoOffices offices;
	@Autowired
	MockMvc mvc;

	@Test
	void theAskedTeamSeesTheQuestionNotTheCaseAnswersItAndTheDrafterIsTold() throws Exception {
		SignedInStaff drafter = demo.holding(Role.CASEWORKER);
		SignedInStaff contributor = demo.staff(CONTRIBUTOR);
		CaseFile c = inDrafting();
		String due = queries.today().plusDays(7).toString();

		submit("/cases/" + c.id() + "/contributions", Role.CASEWORKER, "team", offices.mayorsTeam("Housing directorate").toString(), "question",
				"How many council homes in Northfield are waiting for damp repairs?", "due", due);

		String list = mvc.perform(get("/contributions").with(demo.as(CONTRIBUTOR))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(list).contains(c.reference(), "waiting for damp repairs", "Housing directorate", "Send contribution");
		assertThat(list).as("the case text stays on the case").doesNotContain("my neighbour's flat");
		mvc.perform(get("/cases/" + c.id()).with(demo.as(CONTRIBUTOR))).andExpect(status().isNotFound());
		awaitNotice(contributor, c.reference(), NoticeKind.CONTRIBUTION_REQUESTED);

		UUID request = contributions.onCase(drafter, c.id().value()).get(0).requestId();
		mvc.perform(post("/contributions/" + request + "/answer").param("answer", "41 homes, 12 of them over 6 months.")
				.with(demo.as("housing.caseworker@exampleton.gov.uk")).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/contributions/" + request + "/answer").param("answer", "41 homes, 12 of them over 6 months.")
				.with(demo.as(CONTRIBUTOR)).with(csrf())).andExpect(status().is3xxRedirection());

		String page = mvc.perform(get("/cases/" + c.id()).with(demo.as(Role.CASEWORKER))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("41 homes, 12 of them over 6 months.", "Answered",
				"Contribution received from Housing directorate");
		awaitNotice(drafter, c.reference(), NoticeKind.CONTRIBUTION_RECEIVED);
	}

	@Test
	void theTeamIsRemindedOnceWhenTheReminderDateComes() {
		SignedInStaff contributor = demo.staff(CONTRIBUTOR);
		CaseFile c = inDrafting();
		LocalDate today = queries.today();
		contributions.request(demo.holding(Role.CASEWORKER), c.id().value(), offices.mayorsTeam("Housing directorate"), "Figures, please",
				today);

		sweep.sweepDeadlines();
		sweep.sweepDeadlines();

		assertThat(notices.latestFor(contributor.id(), 500)).filteredOn(n -> n.kind() == NoticeKind.CONTRIBUTION_DUE
				&& n.message().contains(c.reference())).hasSize(1);
	}

	@Test
	void aRequestNeedsAQuestionAndADateNotPastAndChangesNothingOtherwise() throws Exception {
		CaseFile c = inDrafting();

		var refused = submit("/cases/" + c.id() + "/contributions", Role.CASEWORKER, "team", offices.mayorsTeam("Housing directorate").toString(),
				"question", "Figures?", "due", queries.today().minusDays(1).toString());
		assertThat(refused.getFlashMap().get("problem")).asString().contains("due today or later");
		var noQuestion = submit("/cases/" + c.id() + "/contributions", Role.CASEWORKER, "team",
				offices.mayorsTeam("Housing directorate").toString(), "question", " ");
		assertThat(noQuestion.getFlashMap().get("problem")).asString().contains("Write what you are asking");

		assertThat(contributions.onCase(demo.holding(Role.CASEWORKER), c.id().value())).isEmpty();
		mvc.perform(post("/cases/" + c.id() + "/contributions").param("team", offices.mayorsTeam("Housing directorate").toString())
				.param("question", "Figures?").with(demo.as(Role.POLICY_OFFICER)).with(csrf()))
				.andExpect(status().isForbidden());
	}

	@Autowired
	org.redbox.correspondence.internal.Contributions contributions;
	@Autowired
	org.redbox.notifications.internal.CaseNotices sweep;

	private void awaitNotice(SignedInStaff to, String reference, NoticeKind kind) {
		await().atMost(Duration.ofSeconds(10)).until(() -> notices.latestFor(to.id(), 500).stream()
				.anyMatch(n -> n.kind() == kind && n.message().contains(reference)));
	}

	private org.springframework.test.web.servlet.MvcResult submit(String url, Role role, String... params) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(demo.as(role))
				.with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
	}

	private CaseFile inDrafting() {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		var from = contacts.findOrRegister(caseworker.actor(), offices.mayor().id(), new ContactDetails("Maryam Iqbal",
				ContactType.RESIDENT, "12 Elm Court", "maryam.iqbal@example.org", null, null, null, false, false));
		CaseFile c = intake.log(caseworker, new NewCase(offices.mayor().id(), CaseType.CASEWORK, Channel.EMAIL,
				queries.today(), "Damp in Elm Court " + UUID.randomUUID(), "Dear Mayor, my neighbour's flat has black mould.",
				List.of(from.id()), Set.of(), SecurityMarking.OFFICIAL, false, null));
		work.completeTriage(caseworker, c.id().value(), Set.of("Housing"), false, SecurityMarking.OFFICIAL);
		UUID team = directory.teams(offices.mayor().id()).stream().filter(t -> t.name().equals("Correspondence"))
				.findFirst().orElseThrow().id();
		allocation.allocate(demo.holding(Role.CORRESPONDENCE_MANAGER), c.id().value(), team, caseworker.id());
		return c;
	}


}
