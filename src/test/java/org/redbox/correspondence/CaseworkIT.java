package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactSummary;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseNotFound;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.directory.TeamSummary;
import org.redbox.shared.SecurityMarking;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A letter from an MP, from logging to a dispatched reply, with the rules of who may do what. */
@IntegrationTest
class CaseworkIT {

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
	DemoStaff demo;
	@Autowired
	AuditedActions audit;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MockMvc mvc;

	@Test
	void anMpsLetterIsLoggedAllocatedDraftedApprovedSignedByTheMayorAndSent() {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		SignedInStaff manager = demo.holding(Role.CORRESPONDENCE_MANAGER);
		SignedInStaff headOfOffice = demo.holding(Role.CHIEF_OF_STAFF);
		SignedInStaff mayor = demo.holding(Role.PRINCIPAL);
		CaseFile c = intake.log(caseworker, letter(CaseType.MEMBER, SecurityMarking.OFFICIAL, mp()));
		UUID id = c.id().value();

		assertThat(c.reference()).matches("MAY-2026-\\d{5}");
		assertThat(c.deadline()).isEqualTo(LocalDate.of(2026, 12, 21));
		assertThat(c.priorityScore()).as("an MP's letter outranks a resident's").isGreaterThanOrEqualTo(30);

		work.completeTriage(caseworker, id, Set.of("Transport"), false, SecurityMarking.OFFICIAL);
		assertThatThrownBy(() -> allocation.allocate(caseworker, id, correspondenceTeam().id(), caseworker.id()))
				.isInstanceOf(AccessDeniedException.class);
		allocation.allocate(manager, id, correspondenceTeam().id(), caseworker.id());
		work.saveDraft(caseworker, id, "<p>Dear Ms Okafor,</p><script>alert(1)</script><p onclick=\"x()\">Thank you</p>");
		work.submitDraft(caseworker, id);
		work.approve(manager, id);
		assertThatThrownBy(() -> work.approve(caseworker, id)).isInstanceOf(AccessDeniedException.class);
		work.approve(headOfOffice, id);
		assertThatThrownBy(() -> work.signOff(headOfOffice, id)).as("the Mayor signs MPs' letters")
				.isInstanceOf(AccessDeniedException.class);
		work.signOff(mayor, id);
		work.dispatch(caseworker, id, "post");

		CaseFile sent = queries.view(caseworker, id).caseFile();
		assertThat(sent.stage()).isEqualTo(Stage.CLOSED);
		assertThat(sent.reply().html()).doesNotContain("script", "onclick").contains("Thank you");
		assertThat(sent.timeline()).extracting(TimelineEntry::action).contains("CaseLogged", "CaseTriaged",
				"CaseAllocated", "DraftSaved", "ReplySignedOff", "ReplyDispatched");
		audit.awaitContains(id.toString(), "CaseLogged", "ReplySignedOff", "ReplyDispatched");
		assertThat(jdbc.queryForList("select actor_name from audit_entry where kind = 'READ' and record_id = ?",
				String.class, id.toString())).contains(caseworker.name());
	}

	@Test
	void aCaseworkerOfAnotherOfficeCannotSeeTheCase() {
		CaseFile c = intake.log(demo.holding(Role.CASEWORKER), letter(CaseType.GENERAL, SecurityMarking.OFFICIAL, mp()));
		SignedInStaff housing = demo.staff("housing.caseworker@exampleton.gov.uk");

		assertThatThrownBy(() -> queries.view(housing, c.id().value())).isInstanceOf(CaseNotFound.class);
		assertThat(queries.allOpen(housing, PageRequest.of(0, 200)).getContent()).extracting(CaseFile::reference)
				.doesNotContain(c.reference());
	}

	@Test
	void mergingTwoContactsMovesTheDuplicatesCasesToTheSurvivor() throws Exception {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		String unique = UUID.randomUUID().toString().substring(0, 8);
		var survivor = contacts.findOrRegister(caseworker.actor(), mayorsOffice().id(),
				ContactDetails.resident("Owen Price " + unique, "owen." + unique + "@example.org"));
		var duplicate = contacts.findOrRegister(caseworker.actor(), mayorsOffice().id(),
				ContactDetails.resident("O. Price " + unique, "o.price." + unique + "@example.org"));
		CaseFile c = intake.log(caseworker, letter(CaseType.GENERAL, SecurityMarking.OFFICIAL, duplicate));

		mvc.perform(post("/contacts/" + survivor.id() + "/merge").param("duplicate", duplicate.id().toString())
				.with(demo.as(Role.CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection());

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				jdbc.queryForList("select contact_id from case_correspondent where case_id = ?", UUID.class, c.id().value()))
				.containsExactly(survivor.id().value()));
		assertThat(pageAs("/contacts/" + survivor.id(), Role.CASEWORKER)).contains(c.reference());
	}

	@Test
	void twoCasesAboutTheSameMatterAreLinkedBothWaysByReference() throws Exception {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		CaseFile first = intake.log(caseworker, letter(CaseType.GENERAL, SecurityMarking.OFFICIAL, mp()));
		CaseFile second = intake.log(caseworker, letter(CaseType.GENERAL, SecurityMarking.OFFICIAL, mp()));

		var linked = submit("/cases/" + first.id() + "/link", DemoStaff.EMAIL_BY_ROLE.get(Role.CASEWORKER), "reference",
				second.reference().toLowerCase());
		assertThat(linked.getFlashMap().get("success")).isEqualTo("Linked to " + second.reference());

		assertThat(pageAs("/cases/" + second.id(), Role.CASEWORKER)).contains("/cases/" + first.id(), first.reference(),
				"Linked to " + first.reference());
		var unknown = submit("/cases/" + first.id() + "/link", DemoStaff.EMAIL_BY_ROLE.get(Role.CASEWORKER), "reference",
				"MAY-1999-99999");
		assertThat(unknown.getFlashMap().get("problem")).asString().contains("No case with the reference MAY-1999-99999");
		mvc.perform(post("/cases/" + first.id() + "/link").param("reference", second.reference())
				.with(demo.as(Role.AUDITOR)).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void whoeverLogsASensitiveCaseKeepsSeeingItButTheirColleaguesDoNot() throws Exception {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		CaseFile c = intake.log(caseworker, letter(CaseType.CASEWORK,
				new SecurityMarking(SecurityMarking.Classification.OFFICIAL_SENSITIVE, SecurityMarking.Descriptor.PERSONAL), mp()));

		assertThat(queries.view(caseworker, c.id().value()).caseFile().reference()).isEqualTo(c.reference());
		mvc.perform(get("/cases/" + c.id()).with(demo.as(Role.CASEWORKER))).andExpect(status().isOk());
		mvc.perform(get("/cases/" + c.id()).with(demo.as(Role.OFFICE_MANAGER))).andExpect(status().isNotFound());
	}

	@Test
	void anOfficialSensitiveCaseIsSeenOnlyByThoseWhoNeedToKnow() {
		SignedInStaff manager = demo.holding(Role.CORRESPONDENCE_MANAGER);
		CaseFile c = intake.log(manager, letter(CaseType.CASEWORK,
				new SecurityMarking(SecurityMarking.Classification.OFFICIAL_SENSITIVE, SecurityMarking.Descriptor.PERSONAL), mp()));
		SignedInStaff policyOfficer = demo.holding(Role.POLICY_OFFICER);

		assertThat(queries.view(manager, c.id().value()).caseFile().reference()).isEqualTo(c.reference());
		assertThat(queries.view(demo.holding(Role.PRINCIPAL), c.id().value())).isNotNull();
		assertThatThrownBy(() -> queries.view(policyOfficer, c.id().value())).isInstanceOf(CaseNotFound.class);
		assertThat(queries.allOpen(policyOfficer, PageRequest.of(0, 500)).getContent()).extracting(CaseFile::reference)
				.doesNotContain(c.reference());
	}

	@Test
	void aStageTwoComplaintGoesToSomeoneOtherThanTheStageOneHandler() {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		SignedInStaff manager = demo.holding(Role.CORRESPONDENCE_MANAGER);
		CaseFile stageOne = intake.log(caseworker, letter(CaseType.COMPLAINT_STAGE_1, SecurityMarking.OFFICIAL, mp()));
		work.completeTriage(caseworker, stageOne.id().value(), Set.of("Housing"), false, SecurityMarking.OFFICIAL);
		allocation.allocate(manager, stageOne.id().value(), correspondenceTeam().id(), caseworker.id());
		CaseFile stageTwo = intake.log(caseworker, new NewCase(mayorsOffice().id(), CaseType.COMPLAINT_STAGE_2,
				Channel.EMAIL, LocalDate.of(2026, 11, 23), "Complaint escalated", "Still unhappy", List.of(), Set.of(),
				null, false, stageOne.id()));
		work.completeTriage(caseworker, stageTwo.id().value(), Set.of("Housing"), false, SecurityMarking.OFFICIAL);

		assertThatThrownBy(() -> allocation.allocate(manager, stageTwo.id().value(), correspondenceTeam().id(), caseworker.id()))
				.hasMessageContaining("stage 2 complaint goes to someone else");
		allocation.allocate(manager, stageTwo.id().value(), correspondenceTeam().id(), manager.id());
	}

	@Test
	void anExtensionNeedsAReasonAndNeverShortensAndAnFoiCannotGoPastItsMaximum() {
		SignedInStaff manager = demo.holding(Role.CORRESPONDENCE_MANAGER);
		CaseFile foi = intake.log(manager, letter(CaseType.FOI, SecurityMarking.OFFICIAL, mp()));
		LocalDate before = foi.deadline();

		work.extend(manager, foi.id().value(), new org.redbox.worktime.Extension(20, "public interest test"));

		CaseFile extended = queries.view(manager, foi.id().value()).caseFile();
		assertThat(extended.deadline()).isAfter(before);
		assertThatThrownBy(() -> work.extend(manager, foi.id().value(), new org.redbox.worktime.Extension(1, "more")))
				.hasMessageContaining("at most 20");
	}

	@Test
	void theCasePageShowsTheTimelineAndTheContactsPageListsTheCase() throws Exception {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		ContactSummary writer = mp();
		CaseFile c = intake.log(caseworker, letter(CaseType.MEMBER, SecurityMarking.OFFICIAL, writer));
		allocationReady(c);

		String page = mvc.perform(get("/cases/" + c.id()).with(demo.as(Role.CASEWORKER))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		// narrowed, because the suite leaves the demo caseworker more than one page (50) of open cases
		String workstack = mvc.perform(get("/cases").param("view", "MINE").param("type", "MEMBER").param("stage", "DRAFTING")
				.param("sort", "received").with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String contact = mvc.perform(get("/contacts/" + writer.id()).with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains(c.reference(), "Ngozi Okafor MP", "logged: MP, Member or councillor enquiry",
				"from an elected representative");
		assertThat(workstack).contains(c.reference());
		assertThat(contact).contains(c.reference());
		mvc.perform(get("/cases/" + c.id()).with(demo.as("housing.caseworker@exampleton.gov.uk")))
				.andExpect(status().isNotFound());
	}

	@Test
	void aCaseworkerLogsALetterFromTheFormAndARepeatWriterIsMatched() throws Exception {
		String office = mayorsOffice().id().toString();
		String email = UUID.randomUUID() + "@example.com";
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/cases").with(demo.as(Role.CASEWORKER)).with(csrf()).param("office", office)
					.param("type", "GENERAL").param("channel", "LETTER").param("receivedOn", "2026-11-20")
					.param("subject", "Noise from the depot").param("text", "It starts at 5am.")
					.param("correspondentName", "Sam Resident").param("correspondentEmail", email)
					.param("correspondentType", "RESIDENT")).andExpect(status().is3xxRedirection());
		}

		var writer = contacts.findByEmail(mayorsOffice().id(), email).orElseThrow();
		assertThat(jdbc.queryForObject("select count(*) from case_correspondent where contact_id = ?", Long.class,
				writer.id().value())).isEqualTo(2);
		mvc.perform(post("/cases").with(demo.as(Role.CASEWORKER)).with(csrf()).param("office", office)
				.param("type", "GENERAL").param("channel", "LETTER").param("receivedOn", "2099-01-01")
				.param("subject", " ").param("correspondentName", "X").param("correspondentType", "RESIDENT"))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("cannot be in the future")));
		mvc.perform(post("/cases").with(demo.as("housing.caseworker@exampleton.gov.uk")).with(csrf()).param("office", office)
				.param("type", "GENERAL").param("channel", "LETTER").param("receivedOn", "2026-11-20")
				.param("subject", "Not my office").param("correspondentName", "X").param("correspondentType", "RESIDENT"))
				.andExpect(status().isForbidden());
	}

	@Test
	void theCasePageOffersEachPersonTheActionsTheirRoleAllowsAndCarriesTheLetterToDispatch() throws Exception {
		CaseFile c = intake.log(demo.holding(Role.CASEWORKER), letter(CaseType.MEMBER, SecurityMarking.OFFICIAL, mp()));
		String page = "/cases/" + c.id();
		String caseworker = DemoStaff.EMAIL_BY_ROLE.get(Role.CASEWORKER);

		submit(page + "/triage", caseworker, "topics", "Transport");
		submit(page + "/allocate", DemoStaff.EMAIL_BY_ROLE.get(Role.CORRESPONDENCE_MANAGER), "team",
				correspondenceTeam().id().toString(), "officer", demo.holding(Role.CASEWORKER).id().toString());
		var refused = submit(page + "/draft", caseworker, "reply", " ", "then", "submit");
		assertThat(refused.getFlashMap().get("problem")).asString().contains("Write the reply");
		submit(page + "/draft", caseworker, "reply", "<p>Dear Ms Okafor, route 42 returns in May.</p>", "then", "submit");
		mvc.perform(post(page + "/approve").with(demo.as(Role.CASEWORKER)).with(csrf())).andExpect(status().isForbidden());
		submit(page + "/approve", DemoStaff.EMAIL_BY_ROLE.get(Role.CORRESPONDENCE_MANAGER));
		submit(page + "/approve", DemoStaff.EMAIL_BY_ROLE.get(Role.CHIEF_OF_STAFF));

		assertThat(pageAs(page, Role.CHIEF_OF_STAFF)).doesNotContain("Sign off the reply");
		assertThat(pageAs(page, Role.PRINCIPAL)).contains("Sign off the reply");
		submit(page + "/sign-off", DemoStaff.EMAIL_BY_ROLE.get(Role.PRINCIPAL));
		assertThat(pageAs(page, Role.CASEWORKER)).contains("Mark as posted", "Signed off by Alex Morgan");
		submit(page + "/dispatch", caseworker, "method", "post");

		assertThat(pageAs(page, Role.CASEWORKER)).contains("Closed", "Reply signed off", "Reply dispatched by post")
				.as("the refused submission changed nothing").doesNotContain("Mark as posted", "Write the reply");
	}

	@Test
	void workstacksFilterByTypeAndExportAsFormulaSafeCsvAndTakeNextHandsOverTheTopCase() throws Exception {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		CaseFile foi = intake.log(caseworker, new NewCase(mayorsOffice().id(), CaseType.FOI, Channel.EMAIL,
				LocalDate.of(2026, 11, 23), "=HYPERLINK(\"http://evil\") " + UUID.randomUUID(), "Please send", List.of(mp().id()),
				Set.of(), null, true, null));
		work.completeTriage(caseworker, foi.id().value(), Set.of("Other"), true, SecurityMarking.OFFICIAL);

		String foiOnly = mvc.perform(get("/cases").param("view", "ALL").param("type", "FOI").param("stage", "ALLOCATION")
				.with(demo.as(Role.CORRESPONDENCE_MANAGER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String csv = mvc.perform(get("/cases/export.csv").param("view", "ALL").param("type", "FOI")
				.with(demo.as(Role.CORRESPONDENCE_MANAGER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(foiOnly).contains(foi.reference()).doesNotContain("General correspondence</td>");
		assertThat(csv).startsWith("reference,type,stage").contains(foi.reference(), "\"'=HYPERLINK(");
		assertThat(jdbc.queryForList("select summary from audit_entry where kind = 'READ' and record_type = 'Workstack'",
				String.class)).anyMatch(line -> line.startsWith("exported"));

		String taken = mvc.perform(post("/cases/take-next").param("office", mayorsOffice().id().toString())
				.with(demo.as(Role.CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection()).andReturn()
				.getResponse().getRedirectedUrl();
		assertThat(taken).startsWith("/cases/");
		CaseFile mine = queries.view(caseworker, UUID.fromString(taken.substring("/cases/".length()))).caseFile();
		assertThat(mine.officerId()).isEqualTo(caseworker.id());
		assertThat(mine.stage()).isEqualTo(Stage.DRAFTING);
	}

	@Test
	void aManagerAllocatesTickedCasesTogetherAllOrNone() throws Exception {
		SignedInStaff caseworker = demo.holding(Role.CASEWORKER);
		CaseFile first = intake.log(caseworker, letter(CaseType.GENERAL, SecurityMarking.OFFICIAL, mp()));
		CaseFile second = intake.log(caseworker, letter(CaseType.GENERAL, SecurityMarking.OFFICIAL, mp()));
		CaseFile untriaged = intake.log(caseworker, letter(CaseType.GENERAL, SecurityMarking.OFFICIAL, mp()));
		work.completeTriage(caseworker, first.id().value(), Set.of("Housing"), false, SecurityMarking.OFFICIAL);
		work.completeTriage(caseworker, second.id().value(), Set.of("Housing"), false, SecurityMarking.OFFICIAL);
		String manager = DemoStaff.EMAIL_BY_ROLE.get(Role.CORRESPONDENCE_MANAGER);
		String team = correspondenceTeam().id().toString();
		String officer = caseworker.id().toString();

		var refused = submit("/cases/allocate", manager, "cases", first.id().toString(), "cases", untriaged.id().toString(),
				"team", team, "officer", officer);
		assertThat(refused.getFlashMap().get("problem")).asString().contains("Complete triage");
		assertThat(queries.view(caseworker, first.id().value()).caseFile().officerId()).as("none allocated").isNull();

		var done = submit("/cases/allocate", manager, "cases", first.id().toString(), "cases", second.id().toString(),
				"team", team, "officer", officer);
		assertThat(done.getFlashMap().get("success")).isEqualTo("2 cases allocated");
		assertThat(queries.view(caseworker, second.id().value()).caseFile().stage()).isEqualTo(Stage.DRAFTING);
		mvc.perform(post("/cases/allocate").param("cases", untriaged.id().toString()).param("team", team)
				.param("officer", officer).with(demo.as(Role.CASEWORKER)).with(csrf())).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.MvcResult submit(String url, String email, String... params) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).with(demo.as(email)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
	}

	private String pageAs(String url, Role role) throws Exception {
		return mvc.perform(get(url).with(demo.as(role))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
	}

	private void allocationReady(CaseFile c) {
		work.completeTriage(demo.holding(Role.CASEWORKER), c.id().value(), Set.of("Transport"), false, SecurityMarking.OFFICIAL);
		allocation.allocate(demo.holding(Role.CORRESPONDENCE_MANAGER), c.id().value(), correspondenceTeam().id(),
				demo.holding(Role.CASEWORKER).id());
	}

	private NewCase letter(CaseType type, SecurityMarking marking, ContactSummary from) {
		return new NewCase(mayorsOffice().id(), type, Channel.LETTER, LocalDate.of(2026, 11, 23),
				"Bus route 42 " + UUID.randomUUID(), "Dear Mayor, my constituent asks about route 42.",
				List.of(from.id()), Set.of(), marking, false, null);
	}

	private ContactSummary mp() {
		return contacts.findOrRegister(demo.holding(Role.CASEWORKER).actor(), mayorsOffice().id(),
				new ContactDetails("Ngozi Okafor MP", ContactType.MP, "House of Commons", "ngozi.okafor.mp@parliament.example",
						null, null, null, false, false));
	}

	private OfficeSummary mayorsOffice() {
		return directory.offices().stream().filter(o -> o.code().equals("MAY")).findFirst().orElseThrow();
	}

	private TeamSummary correspondenceTeam() {
		return directory.teams(mayorsOffice().id()).stream().filter(t -> t.name().equals("Correspondence")).findFirst()
				.orElseThrow();
	}
}
