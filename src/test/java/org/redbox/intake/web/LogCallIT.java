package org.redbox.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactManagement;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.directory.Role;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A call or a surgery visit is logged on one page, as a case at triage, by staff of the office only. */
@IntegrationTest
class LogCallIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	CaseQueries cases;
	@Autowired
	ContactManagement contacts;
	@Autowired
	DemoOffices offices;
	@Autowired
	DemoStaff demo;
	@Autowired
	Clock clock;

	@Test
	void aPhoneCallBecomesACaseWithTheCallerAsAContact() throws Exception {
		String email = "olu.ade." + System.nanoTime() + "@example.org";
		mvc.perform(get("/intake/call").with(demo.as(Role.CASEWORKER))).andExpect(status().isOk());

		String casePage = mvc.perform(call(Role.CASEWORKER).param("callerName", "Olu Ade").param("email", email)
				.param("phone", "01632 960 001").param("postcode", "ex2 3cd").param("channel", "PHONE")
				.param("type", "CASEWORK").param("sensitive", "true"))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/*")).andReturn()
				.getResponse().getRedirectedUrl();

		var c = view(casePage);
		assertThat(c.channel()).isEqualTo(Channel.PHONE);
		assertThat(c.type()).isEqualTo(CaseType.CASEWORK);
		assertThat(c.subject()).isEqualTo("Damp in council flat");
		assertThat(c.incomingText()).isEqualTo("Has reported damp three times since March.");
		assertThat(c.marking().isSensitive()).isTrue();
		assertThat(c.receivedOn()).isEqualTo(LocalDate.now(clock));
		var caller = contacts.findByEmail(offices.mayor().id(), email).orElseThrow();
		assertThat(c.correspondents()).containsExactly(caller.id());
		assertThat(caller.address().postcode()).isEqualTo("EX2 3CD");
	}

	@Test
	void aSurgeryVisitIsLoggedInPerson() throws Exception {
		String casePage = mvc.perform(call(Role.POLICY_OFFICER).param("callerName", "Mrs Khan")
				.param("phone", "+44 808 157 0192").param("channel", "IN_PERSON").param("type", "GENERAL"))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		assertThat(view(casePage).channel()).isEqualTo(Channel.IN_PERSON);
	}

	@Test
	void theCallerMustBeNamedAndReachableAndTheCallNotInTheFuture() throws Exception {
		String page = mvc.perform(post("/intake/call").with(demo.as(Role.CASEWORKER)).with(csrf())
				.param("office", offices.mayor().id().toString()).param("channel", "EMAIL").param("type", "GENERAL")
				.param("receivedOn", LocalDate.now(clock).plusDays(1).toString()).param("phone", "call me"))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("There is a problem", "Enter the caller&#39;s name", "Enter what it is about",
				"Enter what they asked", "Select whether they phoned or came in person",
				"The date of the call or visit must be today or in the past", "Enter a phone number, like");
		String unreachable = mvc.perform(call(Role.CASEWORKER).param("callerName", "Anon").param("channel", "PHONE").param("email", "")
				.param("type", "GENERAL")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(unreachable).contains("Enter a phone number or an email address, so the office can reply");
	}

	@Test
	void onlyStaffWhoWorkTheOfficesCasesMayLogItsCalls() throws Exception {
		mvc.perform(get("/intake/call")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
		mvc.perform(call(Role.CONTRIBUTOR).param("callerName", "X").param("phone", "01632 960 002")
				.param("channel", "PHONE").param("type", "GENERAL")).andExpect(status().isForbidden());
		mvc.perform(call("housing.caseworker@exampleton.gov.uk").param("callerName", "X").param("phone", "01632 960 002")
				.param("channel", "PHONE").param("type", "GENERAL")).andExpect(status().isForbidden());
	}

	private MockHttpServletRequestBuilder call(Role role) {
		return call(DemoStaff.EMAIL_BY_ROLE.get(role));
	}

	/** A call to the Mayor's office today about damp, logged by {@code staff}; the caller's details to add. */
	private MockHttpServletRequestBuilder call(String staff) {
		return post("/intake/call").with(demo.as(staff)).with(csrf()).param("office", offices.mayor().id().toString())
				.param("receivedOn", LocalDate.now(clock).toString()).param("subject", "Damp in council flat")
				.param("text", "Has reported damp three times since March.");
	}

	private org.redbox.correspondence.CaseFile view(String casePage) {
		return cases.view(demo.holding(Role.CHIEF_OF_STAFF), UUID.fromString(casePage.substring("/cases/".length())))
				.caseFile();
	}
}
