package org.redbox.diary.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
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
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.Stage;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.diary.EntryTime;
import org.redbox.diary.internal.Diaries;
import org.redbox.directory.Role;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** An invitation from its letter to a decided reply: the engagement, the draft, and who may do what. */
@IntegrationTest
class InvitationsIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DemoOffices offices;
	@Autowired
	CaseIntake intake;
	@Autowired
	CaseWork work;
	@Autowired
	CaseQueries queries;
	@Autowired
	ContactManagement contacts;
	@Autowired
	Diaries diaries;
	@Autowired
	AuditedActions audit;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Clock clock;

	@Test
	void aLetterTriagedAsAnInvitationIsDueInTenWorkingDaysAndGetsItsDetailsOnItsOwnPage() throws Exception {
		CaseFile c = intake.log(demo.holding(Role.CASEWORKER), letter(CaseType.GENERAL, "Will the Mayor open our fete?"));
		String page = "/cases/" + c.id();

		submit(page + "/type", Role.CASEWORKER, "type", "INVITATION");
		var enter = submit(page + "/invitation", Role.CASEWORKER, detailsOf("Riverside summer fete", today().plusDays(40)));

		assertThat(enter.getFlashMap().get("success")).isEqualTo("Invitation details saved");
		var caseFile = queries.view(demo.holding(Role.CASEWORKER), c.id().value()).caseFile();
		assertThat(caseFile.type()).isEqualTo(CaseType.INVITATION);
		assertThat(caseFile.deadline()).isAfter(caseFile.receivedOn().plusDays(13)).isBefore(caseFile.receivedOn().plusDays(20));
		assertThat(pageAs(page, Role.CASEWORKER)).contains("Invitation to the principal", page + "/invitation");
		String invitation = pageAs(page + "/invitation", Role.CHIEF_OF_STAFF);
		assertThat(invitation).contains("Riverside summer fete", "Decision due", "Recommended:", "In the principal&#39;s area: Riverside",
				"Mayor of Exampleton on");
		audit.awaitContains(c.id().toString(), "CaseReclassified", "InvitationDetailsRecorded");
	}

	@Test
	void acceptingPutsTheEngagementInTheMayorsDiaryAndDraftsTheReplyWhichCannotLeaveBeforeSignOff() throws Exception {
		UUID id = detailedInvitation("Opening of the Mill Road cycling hub", today().plusDays(30));

		var decided = submit("/cases/" + id + "/invitation/decision", Role.DIARY_MANAGER, "decision", "ACCEPT", "reason",
				"A strategic priority in the Mayor's own ward");

		assertThat((String) decided.getFlashMap().get("success")).startsWith("Accepted: the engagement is in the diary");
		var entry = jdbc.queryForMap("select d.title as diary, e.kind, e.title from diary_entry e join diary d on d.id = e.diary_id "
				+ "join diary_entry_case c on c.entry_id = e.id where c.case_id = ?", id);
		assertThat(entry).containsEntry("DIARY", "Mayor of Exampleton").containsEntry("KIND", "ENGAGEMENT")
				.containsEntry("TITLE", "Opening of the Mill Road cycling hub");
		var caseFile = queries.view(demo.holding(Role.DIARY_MANAGER), id).caseFile();
		assertThat(caseFile.stage()).isEqualTo(Stage.DRAFTING);
		assertThat(caseFile.reply().html()).contains("Dear Ms Ada Lovelace", "I am delighted to accept",
				"Opening of the Mill Road cycling hub", "Alex Morgan");
		assertThatThrownBy(() -> work.dispatch(demo.holding(Role.CHIEF_OF_STAFF), id, "post"))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("dispatch");
		var refused = submit("/cases/" + id + "/dispatch", Role.CHIEF_OF_STAFF, "method", "post");
		assertThat(refused.getFlashMap().get("problem")).asString().contains("Cannot dispatch");
		assertThat(queries.view(demo.holding(Role.CHIEF_OF_STAFF), id).caseFile().stage()).isEqualTo(Stage.DRAFTING);
		audit.awaitContains(id.toString(), "InvitationDecided", "DraftSaved");
		assertThat(pageAs("/cases/" + id + "/invitation", Role.CHIEF_OF_STAFF)).contains("Accepted", "into the diary of the Mayor of Exampleton");
	}

	@Test
	void delegatingPutsTheEngagementInTheCabinetMembersDiaryAndTheReplyNamesThem() throws Exception {
		UUID id = detailedInvitation("Housing forum", today().plusDays(25));
		var housing = diaries.findAllByOrderByTitle().stream().filter(d -> d.title().equals("Cabinet Member for Housing")).findFirst()
				.orElseThrow();

		submit("/cases/" + id + "/invitation/decision", Role.CHIEF_OF_STAFF, "decision", "DELEGATE", "reason", "Their portfolio",
				"delegateTo", housing.id().toString(), "from", "meeting");

		assertThat(jdbc.queryForObject("select d.title from diary_entry e join diary d on d.id = e.diary_id "
				+ "join diary_entry_case c on c.entry_id = e.id where c.case_id = ?", String.class, id))
				.isEqualTo("Cabinet Member for Housing");
		assertThat(queries.view(demo.holding(Role.CHIEF_OF_STAFF), id).caseFile().reply().html())
				.contains("the Cabinet Member for Housing will attend in my place");
	}

	@Test
	void decliningPutsNothingInAnyDiaryButStillDraftsTheReply() throws Exception {
		UUID id = detailedInvitation("Gala dinner", today().plusDays(20));

		submit("/cases/" + id + "/invitation/decision", Role.CHIEF_OF_STAFF, "decision", "DECLINE", "reason", "Not a priority");

		assertThat(jdbc.queryForObject("select count(*) from diary_entry_case where case_id = ?", Integer.class, id)).isZero();
		assertThat(queries.view(demo.holding(Role.CHIEF_OF_STAFF), id).caseFile().reply().html()).contains("unable to accept");
		assertThat(jdbc.queryForObject("select decision from invitation where case_id = ?", String.class, id)).isEqualTo("DECLINE");
	}

	@Test
	void badDecisionsAreRefusedWithAClearErrorAndChangeNothing() throws Exception {
		UUID id = detailedInvitation("Chamber of Commerce breakfast", today().plusDays(15));
		String url = "/cases/" + id + "/invitation/decision";

		var noReason = submit(url, Role.CHIEF_OF_STAFF, "decision", "ACCEPT", "reason", " ");
		var nobody = submit(url, Role.CHIEF_OF_STAFF, "decision", "DELEGATE", "reason", "Portfolio");
		var ownDiary = submit(url, Role.CHIEF_OF_STAFF, "decision", "DELEGATE", "reason", "Portfolio", "delegateTo",
				mayorsDiary().toString());
		var nonsense = submit(url, Role.CHIEF_OF_STAFF, "decision", "MAYBE", "reason", "Portfolio");

		assertThat(noReason.getFlashMap().get("problem")).isEqualTo("Give the reason for the decision");
		assertThat(nobody.getFlashMap().get("problem")).isEqualTo("Choose whose diary the invitation is delegated to");
		assertThat(ownDiary.getFlashMap().get("problem")).isEqualTo("Delegate to another principal's diary (a deputy or a Cabinet Member)");
		assertThat(nonsense.getFlashMap().get("problem")).isEqualTo("Choose accept, decline or delegate");
		assertUndecided(id);
	}

	@Test
	void badDetailsAreShownOnThePageAndNotSaved() throws Exception {
		CaseFile c = intake.log(demo.holding(Role.CASEWORKER), letter(CaseType.INVITATION, "Invitation to the regatta"));

		String page = mvc.perform(post("/cases/" + c.id() + "/invitation").with(demo.as(Role.CASEWORKER)).with(csrf())
				.param("eventName", "Regatta").param("date", today().plusDays(30).toString()).param("startTime", "14:00")
				.param("endTime", "12:00").param("role", "GUEST")).andExpect(status().isBadRequest()).andReturn().getResponse()
				.getContentAsString();
		String audience = mvc.perform(post("/cases/" + c.id() + "/invitation").with(demo.as(Role.CASEWORKER)).with(csrf())
				.param("eventName", "Regatta").param("date", today().plusDays(30).toString()).param("startTime", "12:00")
				.param("endTime", "14:00").param("role", "GUEST").param("audienceSize", "lots"))
				.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("The event must end after it starts", "Regatta");
		assertThat(audience).contains("The audience is a number, like 250");
		assertThat(jdbc.queryForObject("select count(*) from invitation where case_id = ?", Integer.class, c.id().value())).isZero();
	}

	@Test
	void aCaseworkerOfAnotherOfficeCannotSeeOrDecideAndACaseworkerHereCannotDecide() throws Exception {
		UUID id = detailedInvitation("Schools awards", today().plusDays(30));
		String other = "housing.caseworker@exampleton.gov.uk";

		mvc.perform(get("/cases/" + id + "/invitation").with(demo.as(other))).andExpect(status().isNotFound());
		mvc.perform(post("/cases/" + id + "/invitation/decision").with(demo.as(other)).with(csrf()).param("decision", "ACCEPT")
				.param("reason", "Why not")).andExpect(status().isNotFound());
		mvc.perform(post("/cases/" + id + "/invitation/decision").with(demo.as(Role.CASEWORKER)).with(csrf()).param("decision", "ACCEPT")
				.param("reason", "Why not")).andExpect(status().isForbidden());
		mvc.perform(get("/diary/meeting").with(demo.as(Role.CASEWORKER))).andExpect(status().isForbidden());
		assertUndecided(id);
	}

	@Test
	void theDiaryMeetingListsWhatAwaitsDecisionByEventDateAndDecidesFromThePage() throws Exception {
		UUID later = detailedInvitation("Meeting-later " + UUID.randomUUID(), today().plusDays(300));
		UUID sooner = detailedInvitation("Meeting-sooner " + UUID.randomUUID(), today().plusDays(299));
		UUID tooSoon = detailedInvitation("Meeting-tomorrow " + UUID.randomUUID(), today().plusDays(1));

		String page = pageAs("/diary/meeting", Role.CHIEF_OF_STAFF);

		assertThat(page.indexOf("case-" + sooner)).isPositive().isLessThan(page.indexOf("case-" + later));
		assertThat(page.indexOf("case-" + tooSoon)).isPositive().isLessThan(page.indexOf("case-" + sooner));
		assertThat(page).contains("Short notice: decline by rule", "Record the decision", "Diary meeting");
		var done = submit("/cases/" + sooner + "/invitation/decision", Role.CHIEF_OF_STAFF, "decision", "DECLINE", "reason", "Clash",
				"from", "meeting");
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/diary/meeting#case-" + sooner);
		assertThat(pageAs("/diary/meeting", Role.CHIEF_OF_STAFF)).doesNotContain("case-" + sooner).contains("case-" + later);
	}

	private UUID detailedInvitation(String event, LocalDate day) throws Exception {
		CaseFile c = intake.log(demo.holding(Role.CASEWORKER), letter(CaseType.INVITATION, "Invitation: " + event));
		submit("/cases/" + c.id() + "/invitation", Role.CASEWORKER, detailsOf(event, day));
		assertThat(jdbc.queryForObject("select count(*) from invitation where case_id = ?", Integer.class, c.id().value())).isOne();
		return c.id().value();
	}

	private void assertUndecided(UUID id) {
		assertThat(jdbc.queryForObject("select count(*) from invitation where case_id = ? and decision is null", Integer.class, id))
				.isOne();
		assertThat(jdbc.queryForObject("select count(*) from diary_entry_case where case_id = ?", Integer.class, id)).isZero();
		assertThat(queries.view(demo.holding(Role.CHIEF_OF_STAFF), id).caseFile().stage()).isEqualTo(Stage.TRIAGE);
	}

	private static String[] detailsOf(String event, LocalDate day) {
		return new String[] { "eventName", event, "date", day.toString(), "startTime", "18:00", "endTime", "19:30", "zone",
				"Europe/London", "venue", "Riverside Hall", "organiser", "Exampleton Cycling Trust", "role", "OPENING", "audienceSize",
				"250", "mediaPresent", "true", "deputyAcceptable", "true" };
	}

	private UUID mayorsDiary() {
		return diaries.findAllByOrderByTitle().stream().filter(d -> d.title().equals("Mayor of Exampleton")).findFirst().orElseThrow()
				.id().value();
	}

	private NewCase letter(CaseType type, String subject) {
		var writer = contacts.findOrRegister(demo.holding(Role.CASEWORKER).actor(), offices.mayor().id(),
				new ContactDetails("Ms Ada Lovelace", ContactType.ORGANISATION, "Exampleton Cycling Trust", "ada@cycling-trust.example",
						null, null, null, false, false));
		return new NewCase(offices.mayor().id(), type, Channel.LETTER, today(), subject, "We would be honoured if the Mayor would come.",
				List.of(writer.id()), Set.of(), null, false, null);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(EntryTime.LONDON));
	}

	private MvcResult submit(String url, Role role, String... params) throws Exception {
		var request = post(url).with(demo.as(role)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
	}

	private String pageAs(String url, Role role) throws Exception {
		return mvc.perform(get(url).with(demo.as(role))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
