package org.redbox.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redbox.directory.Role;
import org.redbox.intake.mail.Mailbox;
import org.redbox.intake.mail.MailboxDetails;
import org.redbox.intake.mail.MailboxSecurity;
import org.redbox.intake.mail.Mailboxes;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A manager changes a mailbox (server, sign-in, folders, on or paused): audited; bad input changes nothing. */
@IntegrationTest
class MailboxEditIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DemoOffices offices;
	@Autowired
	Mailboxes mailboxes;
	@Autowired
	AuditedActions audit;

	Mailbox mailbox;

	@BeforeEach
	void aMailbox() {
		mailbox = mailboxes.add(offices.mayor().id(), new MailboxDetails("Edit me " + UUID.randomUUID(), "imap.old.example",
				993, MailboxSecurity.TLS, "old@exampleton.gov.uk", "REDBOX_OLD_PASSWORD", "INBOX", "Done", "Bad"));
		mailboxes.enable(mailbox.id(), false);
	}

	@AfterEach
	void off() {
		mailboxes.enable(mailbox.id(), false);
	}

	@Test
	void aManagerChangesTheServerSignInAndFoldersAndPausesItAndTheChangeIsAudited() throws Exception {
		mvc.perform(get("/intake/mailboxes/{id}/edit", mailbox.id()).with(demo.as(Role.CORRESPONDENCE_MANAGER)))
				.andExpect(status().isOk()).andExpect(content().string(containsString("value=\"imap.old.example\"")));

		mvc.perform(edit("imap.new.example", "143", "REDBOX_NEW_PASSWORD", "Processed", "true"))
				.andExpect(redirectedUrl("/intake/mailboxes"));

		MailboxDetails now = mailboxes.find(mailbox.id()).orElseThrow().details();
		assertThat(now.host()).isEqualTo("imap.new.example");
		assertThat(now.port()).isEqualTo(143);
		assertThat(now.security()).isEqualTo(MailboxSecurity.STARTTLS);
		assertThat(now.username()).isEqualTo("new@exampleton.gov.uk");
		assertThat(now.secretName()).isEqualTo("REDBOX_NEW_PASSWORD");
		assertThat(now.processedFolder()).isEqualTo("Processed");
		assertThat(mailboxes.find(mailbox.id()).orElseThrow().enabled()).isTrue();
		audit.awaitContains(mailbox.id().toString(), "Changed", "Switched");
		audit.awaitSummaryContaining("host imap.old.example to imap.new.example; port 993 to 143");

		mvc.perform(edit("imap.new.example", "143", "REDBOX_NEW_PASSWORD", "Processed", "false"))
				.andExpect(redirectedUrl("/intake/mailboxes"));
		assertThat(mailboxes.find(mailbox.id()).orElseThrow().enabled()).isFalse();
	}

	@Test
	void badInputIsExplainedOnThePageAndChangesNothing() throws Exception {
		mvc.perform(edit("", "70000", "my secret password", "INBOX", "true")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Enter the IMAP server&#39;s host name")))
				.andExpect(content().string(containsString("The port must be between 1 and 65535")));
		mvc.perform(edit("imap.new.example", "143", "my secret password", "Processed", "true")).andExpect(status().isOk())
				.andExpect(content().string(containsString("not the password")));
		mvc.perform(edit("imap.new.example", "143", "REDBOX_NEW_PASSWORD", "INBOX", "true")).andExpect(status().isOk())
				.andExpect(content().string(containsString("must differ")));

		Mailbox unchanged = mailboxes.find(mailbox.id()).orElseThrow();
		assertThat(unchanged.details().host()).isEqualTo("imap.old.example");
		assertThat(unchanged.details().secretName()).isEqualTo("REDBOX_OLD_PASSWORD");
		assertThat(unchanged.enabled()).isFalse();
		assertThat(audit.of(mailbox.id().toString())).doesNotContain("Changed");
	}

	@Test
	void onlyManagersOfTheMailboxesOfficeMayChangeIt() throws Exception {
		mvc.perform(get("/intake/mailboxes/{id}/edit", mailbox.id()).with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isForbidden());
		mvc.perform(post("/intake/mailboxes/{id}", mailbox.id()).with(demo.as("housing.caseworker@exampleton.gov.uk"))
				.with(csrf()).param("host", "evil.example")).andExpect(status().isForbidden());

		assertThat(mailboxes.find(mailbox.id()).orElseThrow().details().host()).isEqualTo("imap.old.example");
	}

	private MockHttpServletRequestBuilder edit(String host, String port, String secretName, String processedFolder,
			String enabled) {
		return post("/intake/mailboxes/{id}", mailbox.id()).with(demo.as(Role.CORRESPONDENCE_MANAGER)).with(csrf())
				.param("office", offices.mayor().id().toString()).param("name", mailbox.name()).param("host", host)
				.param("port", port).param("security", "STARTTLS").param("username", "new@exampleton.gov.uk")
				.param("secretName", secretName).param("folder", "INBOX").param("processedFolder", processedFolder)
				.param("quarantineFolder", "Bad").param("enabled", enabled);
	}
}
