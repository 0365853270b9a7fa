package org.redbox.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redbox.directory.Role;
import org.redbox.intake.mail.IntakeMailFixture;
import org.redbox.intake.mail.MailQuarantine;
import org.redbox.intake.mail.Mailbox;
import org.redbox.intake.mail.Mailboxes;
import org.redbox.intake.mail.QuarantinedMail;
import org.redbox.intake.acknowledgement.AcknowledgementMailer;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.TestMailConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import com.icegreen.greenmail.util.GreenMail;

/** Staff see what could not be read in, retry it or log it by hand; managers set up mailboxes. */
@IntegrationTest
@Import(TestMailConfiguration.class)
class IntakePagesIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DemoOffices offices;
	@Autowired
	Mailboxes mailboxes;
	@Autowired
	AcknowledgementMailer acknowledgementMailer;
	@Autowired
	MailQuarantine quarantine;
	@Autowired
	GreenMail greenMail;

	IntakeMailFixture fixture;
	Mailbox mailbox;

	@BeforeEach
	void anOfficeMailbox() {
		fixture = new IntakeMailFixture(greenMail, mailboxes, quarantine);
		mailbox = fixture.mailbox(offices.mayor().id());
	}

	@AfterEach
	void switchItOff() {
		mailboxes.enable(mailbox.id(), false);
		IntakeMailFixture.sendAllOwed(acknowledgementMailer);
	}

	@Test
	void aCaseworkerSeesQuarantinedMailWithItsReasonAndARetryMakesItACase() throws Exception {
		String subject = "Please reconsider " + UUID.randomUUID();
		QuarantinedMail entry = fixture.quarantinedAfterATransientFailure(mailbox, "Ana Silva <ana@example.org>", subject);

		mvc.perform(get("/intake").with(demo.as(Role.CASEWORKER))).andExpect(status().isOk())
				.andExpect(content().string(containsString(subject)))
				.andExpect(content().string(containsString("Reading the message took longer than 30 seconds")));

		mvc.perform(post("/intake/quarantine/{id}/retry", entry.id()).with(demo.as(Role.CASEWORKER)).with(csrf()))
				.andExpect(redirectedUrl("/intake")).andExpect(flash().attribute("success", containsString("is now case MAY-")));

		assertThat(quarantine.find(entry.id()).orElseThrow().isOpen()).isFalse();
		assertThat(fixture.subjects("Redbox/Processed")).containsExactly(subject);
		assertThat(fixture.count("Redbox/Quarantine")).isZero();
		mvc.perform(get("/intake").with(demo.as(Role.CASEWORKER))).andExpect(content().string(not(containsString(subject))));
	}

	@Test
	void logByHandOpensTheLogACaseFormWithWhatCouldBeRead() throws Exception {
		String subject = "Unreadable " + UUID.randomUUID();
		QuarantinedMail entry = fixture.quarantinedAfterATransientFailure(mailbox, "\"Ben O'Neil\" <ben@example.org>", subject);

		String form = mvc.perform(get("/intake/quarantine/{id}/log", entry.id()).with(demo.as(Role.CASEWORKER)))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(java.net.URI.create(form)).with(demo.as(Role.CASEWORKER))).andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + subject + "\"")))
				.andExpect(content().string(containsString("value=\"ben@example.org\"")))
				.andExpect(content().string(containsString("value=\"Ben O&#39;Neil\"")));

		mvc.perform(post("/intake/quarantine/{id}/dealt-with", entry.id()).with(demo.as(Role.CASEWORKER)).with(csrf()))
				.andExpect(redirectedUrl("/intake"));
		assertThat(quarantine.find(entry.id()).orElseThrow().resolution()).startsWith("Dealt with by");
	}

	@Test
	void staffWhoDoNotWorkTheOfficesCasesCannotSeeOrRetryItsIntake() throws Exception {
		QuarantinedMail entry = fixture.quarantinedAfterATransientFailure(mailbox, "Cy <cy@example.org>", "Private " + UUID.randomUUID());

		mvc.perform(get("/intake").with(demo.as(Role.CONTRIBUTOR))).andExpect(status().isForbidden());
		mvc.perform(post("/intake/quarantine/{id}/retry", entry.id()).with(demo.as(Role.CONTRIBUTOR)).with(csrf()))
				.andExpect(status().isForbidden());
		mvc.perform(get("/intake/mailboxes").with(demo.as(Role.CASEWORKER))).andExpect(status().isForbidden());
		assertThat(quarantine.find(entry.id()).orElseThrow().isOpen()).isTrue();
	}

	@Test
	void aManagerAddsAMailboxNamingTheVariableThatHoldsItsPasswordNeverThePassword() throws Exception {
		String name = "Casework inbox " + UUID.randomUUID().toString().substring(0, 6);

		mvc.perform(post("/intake/mailboxes").with(demo.as(Role.CORRESPONDENCE_MANAGER)).with(csrf())
				.param("office", offices.mayor().id().toString()).param("name", name).param("host", "imap.example.org")
				.param("port", "993").param("security", "TLS").param("username", "casework@exampleton.gov.uk")
				.param("secretName", "hunter2 is my password").param("folder", "INBOX")
				.param("processedFolder", "Redbox/Processed").param("quarantineFolder", "Redbox/Quarantine"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("not the password")));
		assertThat(names()).doesNotContain(name);

		mvc.perform(post("/intake/mailboxes").with(demo.as(Role.CORRESPONDENCE_MANAGER)).with(csrf())
				.param("office", offices.mayor().id().toString()).param("name", name).param("host", "imap.example.org")
				.param("port", "993").param("security", "TLS").param("username", "casework@exampleton.gov.uk")
				.param("secretName", "REDBOX_MAIL_CASEWORK_PASSWORD").param("folder", "INBOX")
				.param("processedFolder", "Redbox/Processed").param("quarantineFolder", "Redbox/Quarantine"))
				.andExpect(redirectedUrl("/intake/mailboxes"));
		Mailbox added = mailboxes.of(offices.mayor().id()).stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
		mailboxes.enable(added.id(), false);
		assertThat(added.details().secretName()).isEqualTo("REDBOX_MAIL_CASEWORK_PASSWORD");
	}

	private List<String> names() {
		return mailboxes.of(offices.mayor().id()).stream().map(Mailbox::name).toList();
	}
}
