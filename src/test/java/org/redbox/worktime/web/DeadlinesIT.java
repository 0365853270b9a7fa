package org.redbox.worktime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.redbox.directory.Role;
import org.redbox.directory.RoleGrant;
import org.redbox.directory.StaffAccount;
import org.redbox.directory.internal.DirectoryAdministration;
import org.redbox.directory.internal.DirectoryRecords;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DeadlinesIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	AuditedActions audit;
	@Autowired
	DirectoryAdministration directory;
	@Autowired
	DirectoryRecords records;

	@Test
	void anEnglishFoiDeadlineSkipsStPatricksDay() throws Exception {
		mvc.perform(get("/api/deadlines").param("caseType", "FOI").param("received", "2027-03-10")
				.param("jurisdiction", "england-and-wales").with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.due").value("2027-04-12"))
				.andExpect(jsonPath("$.calendar").value("all-uk"))
				.andExpect(jsonPath("$.rule").value(org.hamcrest.Matchers.containsString("20 working days")))
				.andExpect(jsonPath("$.holidaysSkipped[0].date").value("2027-03-17"));
	}

	@Test
	void countsBackFromAnEventOverEaster() throws Exception {
		mvc.perform(get("/api/deadlines/before").param("event", "2026-04-07").param("workingDays", "3")
				.param("jurisdiction", "england-and-wales").with(demo.as(Role.POLICY_OFFICER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.due").value("2026-03-31"))
				.andExpect(jsonPath("$.holidaysSkipped.length()").value(2));
	}

	@Test
	void aBadParameterGetsAProblemNamingIt() throws Exception {
		mvc.perform(get("/api/deadlines").param("caseType", "FOI").param("received", "10/03/2027")
				.param("jurisdiction", "england-and-wales").with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.parameter").value("received"))
				.andExpect(jsonPath("$.status").value(400));
		mvc.perform(get("/api/deadlines").param("caseType", "LETTER").param("received", "2027-03-10")
				.param("jurisdiction", "england-and-wales").with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("caseType"));
		mvc.perform(get("/api/deadlines/before").param("event", "2026-04-07").param("workingDays", "-3")
				.param("jurisdiction", "wales").with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("workingDays"));
		mvc.perform(get("/api/deadlines/before").param("event", "2026-04-07").param("workingDays", "3")
				.with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("jurisdiction"));
	}

	@Test
	void theApiNeedsSignIn() throws Exception {
		mvc.perform(get("/api/deadlines").param("caseType", "FOI").param("received", "2027-03-10")
				.param("jurisdiction", "england-and-wales")).andExpect(status().isUnauthorized());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void everySignedInRoleMayUseTheCalculator(Role role) throws Exception {
		String page = mvc.perform(get("/deadlines").param("caseType", "FOI").param("received", "2027-03-10")
				.param("jurisdiction", "england-and-wales").with(demo.as(role)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Monday 12 April 2027", "St Patrick", "Day (Northern Ireland)", "Good Friday",
				"<strong>20</strong> working days counted between");
	}

	@Test
	void aProclaimedDayMovesDeadlinesComputedAfterItAndIsAudited() throws Exception {
		LocalDate monday = workingMondayIn2090s();
		LocalDate tuesday = monday.plusDays(1);

		mvc.perform(post("/admin/holidays").with(demo.as(Role.ADMIN)).with(csrf()).param("region", "ENGLAND_AND_WALES")
				.param("date", monday.toString()).param("kind", "ADDED").param("name", "Jubilee holiday")
				.param("reason", "Proclamation " + UUID.randomUUID())).andExpect(status().is3xxRedirection());

		assertThat(workingDayBefore(tuesday)).isEqualTo(monday.minusDays(3));
		assertThat(audit.awaitSummaryContaining("Added bank holiday " + monday)).isEqualTo("BankHolidaysChanged");
	}

	@Test
	void onlyAnAdministratorOfEveryOfficeMayChangeBankHolidays() throws Exception {
		var office = records.offices().findAll().stream().filter(o -> o.code().equals("HSG")).findFirst().orElseThrow();
		StaffAccount officeAdmin = directory.createStaff(demo.holding(Role.ADMIN), "Housing Admin",
				UUID.randomUUID() + "@exampleton.gov.uk", "kettle-orchard-violin", RoleGrant.inOffice(Role.ADMIN, office.id()));

		mvc.perform(post("/admin/holidays").with(demo.as(officeAdmin.email())).with(csrf()).param("region", "SCOTLAND")
				.param("date", workingMondayIn2090s().toString()).param("kind", "ADDED").param("name", "Not allowed")
				.param("reason", "Not allowed")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/holidays").with(demo.as(Role.CASEWORKER))).andExpect(status().isForbidden());
	}

	private LocalDate workingDayBefore(LocalDate event) throws Exception {
		String json = mvc.perform(get("/api/deadlines/before").param("event", event.toString()).param("workingDays", "1")
				.param("jurisdiction", "england-and-wales").with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return LocalDate.parse(com.jayway.jsonpath.JsonPath.read(json, "$.due"));
	}

	/** A Monday far ahead that is still a working day, so that each run (and each database) gets its own. */
	private LocalDate workingMondayIn2090s() throws Exception {
		while (true) {
			LocalDate monday = LocalDate.of(2090, 1, 2).plusWeeks(ThreadLocalRandom.current().nextInt(0, 500))
					.with(java.time.DayOfWeek.MONDAY);
			if (workingDayBefore(monday.plusDays(1)).equals(monday)) {
				return monday;
			}
		}
	}
}
