package org.redbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.directory.internal.DirectoryAdministration;
import org.redbox.directory.internal.DirectoryRecords;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SignInIT {

	static final String PASSWORD = "kettle-orchard-violin";

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DirectoryAdministration administration;
	@Autowired
	DirectoryRecords records;
	@Autowired
	AuditedActions audit;
	@Autowired
	MutableClock clock;

	@Test
	void theFifthWrongPasswordLocksTheAccountForFifteenMinutesAndEveryStepIsAudited() throws Exception {
		StaffAccount account = newCaseworker();
		for (int attempt = 1; attempt <= 5; attempt++) {
			mvc.perform(formLogin("/sign-in").userParameter("email").user(account.email()).password("wrong-password-" + attempt))
					.andExpect(redirectedUrl("/sign-in?error"));
		}

		mvc.perform(formLogin("/sign-in").userParameter("email").user(account.email()).password(PASSWORD))
				.andExpect(redirectedUrl("/sign-in?locked"));
		audit.awaitContains(account.id().toString(), "SignInFailed", "StaffAccountLocked");
		assertThat(audit.of(account.id().toString())).filteredOn("SignInFailed"::equals).hasSize(6);

		clock.advance(Duration.ofMinutes(16));
		mvc.perform(formLogin("/sign-in").userParameter("email").user(account.email()).password(PASSWORD))
				.andExpect(redirectedUrl("/"));
		audit.awaitContains(account.id().toString(), "SignedIn");
	}

	@Test
	void aWrongPasswordForAnUnknownEmailIsAuditedToo() throws Exception {
		String email = "nobody-" + UUID.randomUUID() + "@example.com";
		mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password("whatever-it-is"))
				.andExpect(redirectedUrl("/sign-in?error"));

		assertThat(audit.awaitSummaryContaining(email)).isEqualTo("SignInFailed");
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		long offices = records.offices().count();

		mvc.perform(post("/admin/offices").with(demo.as(Role.ADMIN)).param("name", "Office without token")
				.param("code", "NOTOK").param("jurisdiction", "SCOTLAND")).andExpect(status().isForbidden());

		assertThat(records.offices().count()).isEqualTo(offices);
	}

	@Test
	void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/sign-in").param("email", DemoStaff.EMAIL_BY_ROLE.get(Role.CASEWORKER))
				.param("password", DemoStaff.PASSWORD)).andExpect(status().isForbidden());
	}

	@Test
	void aDeactivatedAccountIsSignedOutOnItsNextRequest() throws Exception {
		StaffAccount account = newCaseworker();
		Cookie session = signIn(account.email(), PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		administration.deactivate(demo.holding(Role.ADMIN), account.id().value());

		mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/sign-in?deactivated"));
		mvc.perform(formLogin("/sign-in").userParameter("email").user(account.email()).password(PASSWORD))
				.andExpect(redirectedUrl("/sign-in?error"));
	}

	@Test
	void pagesNeedSignInAndSignOutEndsTheSession() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection());
		Cookie session = signIn(DemoStaff.EMAIL_BY_ROLE.get(Role.CHIEF_OF_STAFF), DemoStaff.PASSWORD);
		mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

		mvc.perform(post("/sign-out").cookie(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));

		mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());
	}

	/** Signs in through the form; the session lives in the database and travels as the SESSION cookie. */
	private Cookie signIn(String email, String password) throws Exception {
		Cookie cookie = mvc.perform(formLogin("/sign-in").userParameter("email").user(email).password(password))
				.andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		return cookie;
	}

	private StaffAccount newCaseworker() {
		SignedInStaff admin = demo.holding(Role.ADMIN);
		OfficeSummary mayor = records.offices().findAll().stream().filter(o -> o.code().equals("MAY"))
				.map(o -> new OfficeSummary(o.id(), o.name(), o.code(), o.jurisdiction())).findFirst().orElseThrow();
		return administration.createStaff(admin, "Test Caseworker", UUID.randomUUID() + "@exampleton.gov.uk", PASSWORD,
				RoleGrant.inOffice(Role.CASEWORKER, mayor.id()));
	}
}
