package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.PermissionMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.redbox.directory.Role.*;

/**
 * Every demo role against every case action, each on a Mayor's office case at the stage the
 * action belongs to (allocated to the demo caseworker in the Correspondence team). An allowed
 * action changes the case; a refused one changes nothing and answers 403, or 404 to someone
 * who may not know the case exists.
 */
@IntegrationTest
class CasePermissionMatrixIT {

	private static final Set<Role> WORKERS = EnumSet.of(CASEWORKER, CORRESPONDENCE_MANAGER, CHIEF_OF_STAFF,
			POLICY_OFFICER, DIARY_MANAGER, OFFICE_MANAGER);
	private static final Set<Role> MANAGERS = EnumSet.of(CORRESPONDENCE_MANAGER, CHIEF_OF_STAFF);
	private static final Set<Role> DRAFTERS = EnumSet.of(CASEWORKER, CORRESPONDENCE_MANAGER, CHIEF_OF_STAFF);

	enum Action {
		LOG(WORKERS), VIEW(plus(WORKERS, PRINCIPAL, AUDITOR)),
		VIEW_SENSITIVE(EnumSet.of(CASEWORKER, CORRESPONDENCE_MANAGER, CHIEF_OF_STAFF, PRINCIPAL, AUDITOR)),
		TRIAGE(WORKERS), ALLOCATE(MANAGERS), DRAFT(DRAFTERS), ASK_CONTRIBUTION(DRAFTERS), APPROVE_AT_QA(MANAGERS),
		SIGN_OFF_MP_LETTER(EnumSet.of(PRINCIPAL)), DISPATCH(DRAFTERS), ADD_NOTE(plus(WORKERS, PRINCIPAL));

		final Set<Role> allowed;

		Action(Set<Role> allowed) {
			this.allowed = allowed;
		}

		private static Set<Role> plus(Set<Role> roles, Role... more) {
			var all = EnumSet.copyOf(roles);
			all.addAll(List.of(more));
			return all;
		}
	}

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DemoOffices offices;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	ContactManagement contacts;
	@Autowired
	CaseIntake intake;
	@Autowired
	CaseWork work;
	@Autowired
	CaseAllocation allocation;
	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> everyRoleAndAction() {
		return PermissionMatrix.everyRoleAnd(Action.class);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyRoleAndAction")
	void eachRoleMayDoWhatItsJobNeedsAndNothingElse(Role role, Action action) throws Exception {
		boolean allowed = action.allowed.contains(role);
		if (action == Action.LOG) {
			String subject = "Logged by " + role + " " + UUID.randomUUID();
			int status = mvc.perform(post("/cases").param("office", offices.mayor().id().toString()).param("type", "GENERAL")
					.param("channel", "LETTER").param("receivedOn", "2026-11-20").param("subject", subject)
					.param("correspondentName", "Rosa Field").param("correspondentType", "RESIDENT")
					.with(demo.as(role)).with(csrf())).andReturn().getResponse().getStatus();
			PermissionMatrix.assertAnswer(status, allowed, role, action);
			assertThat(count("select count(*) from case_file where subject = ?", subject)).isEqualTo(allowed ? 1 : 0);
			return;
		}
		UUID id = caseFor(action);
		int timelineBefore = timeline(id);

		var response = mvc.perform(request(action, id).with(demo.as(role)).with(csrf())).andReturn().getResponse();

		if (allowed) {
			assertThat(response.getStatus()).as("%s may %s", role, action).isBetween(200, 399);
			assertThat(response.getContentAsString()).doesNotContain("That could not be done");
			if (action != Action.VIEW && action != Action.VIEW_SENSITIVE) {
				assertThat(timeline(id)).as("%s's %s changed the case", role, action).isGreaterThan(timelineBefore);
			}
		}
		else {
			boolean seesCase = (action == Action.VIEW_SENSITIVE ? Action.VIEW_SENSITIVE : Action.VIEW).allowed.contains(role);
			assertThat(response.getStatus()).as("%s may not %s", role, action).isEqualTo(seesCase ? 403 : 404);
			assertThat(timeline(id)).as("%s's refused %s changed nothing", role, action).isEqualTo(timelineBefore);
		}
	}

	private MockHttpServletRequestBuilder request(Action action, UUID id) {
		String base = "/cases/" + id;
		return switch (action) {
			case LOG -> throw new IllegalArgumentException();
			case VIEW, VIEW_SENSITIVE -> get(base);
			case TRIAGE -> post(base + "/triage").param("topics", "Transport");
			case ALLOCATE -> post(base + "/allocate").param("team", offices.mayorsTeam("Correspondence").toString())
					.param("officer", demo.holding(CASEWORKER).id().toString());
			case DRAFT -> post(base + "/draft").param("reply", "<p>Dear Ms Field, thank you.</p>");
			case ASK_CONTRIBUTION -> post(base + "/contributions").param("team", offices.mayorsTeam("Correspondence").toString())
					.param("question", "Bus figures, please");
			case APPROVE_AT_QA -> post(base + "/approve");
			case SIGN_OFF_MP_LETTER -> post(base + "/sign-off");
			case DISPATCH -> post(base + "/dispatch").param("method", "post");
			case ADD_NOTE -> post(base + "/note").param("note", "Rang the writer back");
		};
	}

	/** A fresh case at the stage {@code action} belongs to. */
	private UUID caseFor(Action action) {
		var caseworker = demo.holding(CASEWORKER);
		var manager = demo.holding(CORRESPONDENCE_MANAGER);
		boolean mpLetter = action == Action.APPROVE_AT_QA || action == Action.SIGN_OFF_MP_LETTER || action == Action.DISPATCH;
		var marking = action == Action.VIEW_SENSITIVE
				? new SecurityMarking(SecurityMarking.Classification.OFFICIAL_SENSITIVE, SecurityMarking.Descriptor.PERSONAL)
				: SecurityMarking.OFFICIAL;
		var writer = contacts.findOrRegister(caseworker.actor(), offices.mayor().id(), ContactDetails.resident("Rosa Field", null));
		// The manager logs it, so that only need-to-know (not having logged it) lets the caseworker see a sensitive case.
		UUID id = intake.log(manager, new NewCase(offices.mayor().id(), mpLetter ? CaseType.MEMBER : CaseType.GENERAL, Channel.LETTER,
				java.time.LocalDate.of(2026, 11, 20), "Bus lane on Mill Road " + UUID.randomUUID(), "Dear Mayor, ...",
				List.of(writer.id()), Set.of(), marking, false, null)).id().value();
		if (action == Action.VIEW || action == Action.TRIAGE || action == Action.ADD_NOTE) {
			return id;
		}
		work.completeTriage(manager, id, Set.of("Transport"), false, marking);
		if (action == Action.ALLOCATE) {
			return id;
		}
		allocation.allocate(manager, id, offices.mayorsTeam("Correspondence"), caseworker.id());
		if (action == Action.DRAFT || action == Action.ASK_CONTRIBUTION || action == Action.VIEW_SENSITIVE) {
			return id;
		}
		work.saveDraft(caseworker, id, "<p>Dear Ms Field, thank you for your letter.</p>");
		work.submitDraft(caseworker, id);
		if (action == Action.APPROVE_AT_QA) {
			return id;
		}
		work.approve(manager, id);
		work.approve(demo.holding(CHIEF_OF_STAFF), id);
		if (action == Action.SIGN_OFF_MP_LETTER) {
			return id;
		}
		work.signOff(demo.holding(PRINCIPAL), id);
		return id;
	}

	private int timeline(UUID id) {
		return count("select count(*) from case_timeline where case_id = ?", id);
	}

	private int count(String sql, Object arg) {
		return jdbc.queryForObject(sql, Integer.class, arg);
	}


}
