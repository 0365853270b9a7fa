package org.redbox.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redbox.directory.Role.*;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redbox.directory.Role;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.PermissionMatrix;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every demo role against every diary action on the Mayor's diary. The office's staff see the
 * diary; only diary managers change it; the principal and diary managers manage the feed. Who
 * is not the office's staff (a contributor, the authority-wide auditor and administrator) gets
 * 404, as if there were no diary; a refused change changes nothing.
 */
@IntegrationTest
@Import(DiaryFixtures.class)
class DiaryPermissionMatrixIT {

	private static final Set<Role> OFFICE_STAFF = EnumSet.of(PRINCIPAL, CHIEF_OF_STAFF, CORRESPONDENCE_MANAGER, CASEWORKER,
			DIARY_MANAGER, POLICY_OFFICER, OFFICE_MANAGER);

	enum Action {
		VIEW_WEEK(OFFICE_STAFF), VIEW_AGENDA(OFFICE_STAFF), ADD(EnumSet.of(DIARY_MANAGER)), EDIT(EnumSet.of(DIARY_MANAGER)),
		CANCEL(EnumSet.of(DIARY_MANAGER)), RENEW_FEED(EnumSet.of(DIARY_MANAGER, PRINCIPAL));

		final Set<Role> allowed;

		Action(Set<Role> allowed) {
			this.allowed = allowed;
		}
	}

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DiaryFixtures diary;
	@Autowired
	JdbcTemplate jdbc;

	static Stream<Arguments> everyRoleAndAction() {
		return PermissionMatrix.everyRoleAnd(Action.class);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("everyRoleAndAction")
	void eachRoleMayDoWhatItsJobNeedsAndNothingElse(Role role, Action action) throws Exception {
		String title = DiaryFixtures.unique("Matrix " + action);
		EntryId entry = diary.add(title, diary.today(), "15:00", "16:00", "City Hall", false, List.of(), null);
		int versionBefore = version(entry);

		int status = mvc.perform(request(action, entry, title).with(demo.as(role)).with(csrf())).andReturn().getResponse().getStatus();

		boolean allowed = action.allowed.contains(role);
		if (allowed || OFFICE_STAFF.contains(role)) {
			PermissionMatrix.assertAnswer(status, allowed, role, action);
		}
		else {
			assertThat(status).as("%s does not know the diary exists", role).isEqualTo(404);
		}
		if (action == Action.ADD) {
			assertThat(jdbc.queryForObject("select count(*) from diary_entry where title = ?", Integer.class, title + " added"))
					.isEqualTo(allowed ? 1 : 0);
		}
		else if (action == Action.EDIT || action == Action.CANCEL) {
			assertThat(version(entry)).as("%s's %s", role, action).isEqualTo(allowed ? versionBefore + 1 : versionBefore);
		}
	}

	@Test
	void staffOfAnotherOfficeGetNotFound() throws Exception {
		int status = mvc.perform(get("/diary/" + diary.mayors()).with(demo.as("housing.caseworker@exampleton.gov.uk")))
				.andReturn().getResponse().getStatus();

		assertThat(status).isEqualTo(404);
	}

	@Test
	void aPrivateEntryShowsAsBusyToOtherStaffAndInFullToThePrincipalHeadOfOfficeAndDiaryManager() throws Exception {
		String secret = DiaryFixtures.unique("Consultation with the GP");
		diary.add(secret, diary.today(), "07:00", "07:30", "Surgery", true, List.of(), null);

		for (Role role : OFFICE_STAFF) {
			String page = mvc.perform(get("/diary/" + diary.mayors()).param("view", "day").with(demo.as(role)))
					.andReturn().getResponse().getContentAsString();
			boolean seesAll = EnumSet.of(PRINCIPAL, CHIEF_OF_STAFF, DIARY_MANAGER).contains(role);
			assertThat(page.contains(secret)).as("%s sees the private title", role).isEqualTo(seesAll);
			assertThat(page).as("%s sees the slot", role).contains("07:00\u201307:30");
		}
	}

	private MockHttpServletRequestBuilder request(Action action, EntryId entry, String title) {
		String base = "/diary/" + diary.mayors();
		String today = diary.today().toString();
		return switch (action) {
			case VIEW_WEEK -> get(base);
			case VIEW_AGENDA -> get(base).param("view", "agenda");
			case ADD -> post(base + "/entries").param("kind", "MEETING").param("title", title + " added").param("date", today)
					.param("startTime", "17:00").param("endTime", "17:30").param("zone", "Europe/London").param("repeat", "NONE");
			case EDIT -> post(base + "/entries/" + entry).param("kind", "MEETING").param("title", title + " changed")
					.param("date", today).param("startTime", "15:00").param("endTime", "16:30").param("zone", "Europe/London")
					.param("repeat", "NONE");
			case CANCEL -> post(base + "/entries/" + entry + "/cancel");
			case RENEW_FEED -> post(base + "/feed");
		};
	}

	private int version(EntryId entry) {
		return jdbc.queryForObject("select version from diary_entry where id = ?", Integer.class, entry.value());
	}
}
