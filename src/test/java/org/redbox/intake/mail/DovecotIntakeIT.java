package org.redbox.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.redbox.correspondence.internal.CaseFiles;
import org.redbox.intake.acknowledgement.AcknowledgementMailer;
import org.redbox.support.DovecotAvailable;
import org.redbox.support.IntegrationTest;
import org.redbox.support.TestMailConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The email intake against a real IMAP server nobody here wrote: Dovecot from Debian, started by
 * {@code scripts/dovecot-test-server.sh}. Its account outlives each test, so each starts by emptying it.
 */
@IntegrationTest
@ExtendWith(DovecotAvailable.class)
@Import(TestMailConfiguration.class)
class DovecotIntakeIT {

	@Autowired
	Mailboxes mailboxes;
	@Autowired
	org.redbox.directory.DirectoryManagement directory;
	@Autowired
	AcknowledgementMailer acknowledgementMailer;
	@Autowired
	MailboxPoller poller;
	@Autowired
	MailQuarantine quarantine;
	@Autowired
	CaseFiles cases;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MailboxWatchers watchers;

	final ImapTestAccount account = new ImapTestAccount(DovecotAvailable.HOST, DovecotAvailable.PORT,
			DovecotAvailable.USER, DovecotAvailable.PASSWORD);
	Mailbox mailbox;

	@BeforeEach
	void anEmptyOfficeMailboxOnDovecot() {
		account.empty();
		mailbox = mailboxes.add(IntakeMailFixture.quietOffice(directory), account.mailbox("Dovecot"));
	}

	@AfterEach
	void switchItOff() {
		watchers.unwatch(mailbox.id());
		poller.afterCommit(() -> {
		});
		mailboxes.enable(mailbox.id(), false);
		IntakeMailFixture.sendAllOwed(acknowledgementMailer);
	}

	@Test
	void messagesBecomeCasesOnceEachAndMoveToTheProcessedFolderWhichDovecotMakes() {
		String copy = TestMessages.plain("Ruth Adeyemi <ruth@example.org>", "Library hours", "Please open on Sundays.");
		account.append(copy, copy);

		PollResult result = poller.poll(mailbox);

		assertThat(result.error()).isNull();
		assertThat(result.logged()).isEqualTo(1);
		assertThat(result.already()).isEqualTo(1);
		assertThat(cases.findByReference(result.references().get(0)).orElseThrow().subject()).isEqualTo("Library hours");
		assertThat(account.count("INBOX")).isZero();
		assertThat(account.subjects("Redbox/Processed")).containsExactly("Library hours", "Library hours");
	}

	@Test
	void aReplyQuotingTheReferenceIsAddedToItsCase() {
		account.append(TestMessages.plain("Sam Ito <sam@example.org>", "Parking permit", "My permit has not come."));
		String reference = poller.poll(mailbox).references().get(0);
		account.append(TestMessages.plain("Sam Ito <sam@example.org>", "RE: " + reference + " Parking permit", "Still waiting."));

		PollResult reply = poller.poll(mailbox);

		assertThat(reply.threaded()).isEqualTo(1);
		assertThat(reply.references()).containsExactly(reference);
	}

	@Test
	void hostileMailIsQuarantinedAndThePollerGoesOn() {
		account.append(TestMessages.headers("Tom <tom@example.org>", "Broken", "<broken-" + UUID.randomUUID() + "@x.org>")
				+ "Content-Type: multipart/mixed; boundary=\"missing\"\r\n\r\nno parts\r\n",
				TestMessages.plain(null, "No sender", "x"),
				TestMessages.html("Uma <uma@example.org>", "Scripted", null, "<p>Hi</p><script>alert(1)</script><img src=\"https://t.example/p.gif\">", null, null),
				TestMessages.plain("Vic <vic@example.org>", "Ordinary", "Ordinary."));

		PollResult result = poller.poll(mailbox);

		assertThat(result.quarantined()).isEqualTo(2);
		assertThat(result.logged()).isEqualTo(2);
		assertThat(account.subjects("Redbox/Quarantine")).containsExactlyInAnyOrder("Broken", "No sender");
		assertThat(account.subjects("Redbox/Processed")).containsExactlyInAnyOrder("Scripted", "Ordinary");
		assertThat(cases.findByReference(result.references().get(0)).orElseThrow().incomingText()).isEqualTo("Hi");
		assertThat(quarantine.open(List.of(IntakeMailFixture.quietOffice(directory)), 1000)).filteredOn(q -> q.mailboxId().equals(mailbox.id()))
				.extracting(QuarantinedMail::reason).anyMatch(r -> r.contains("no sender"));
	}

	@Test
	void aCrashMidBatchLosesNothingAndDuplicatesNothing() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 60; i++) {
			account.append(TestMessages.plain("Wyn <wyn@example.org>", "Dovecot crash " + run + " " + i, "Text."));
		}
		AtomicInteger committed = new AtomicInteger();
		poller.afterCommit(() -> {
			if (committed.incrementAndGet() == 1) {
				throw new MailCrashRestartIT.SimulatedCrash();
			}
		});
		assertThatThrownBy(() -> poller.poll(mailbox)).isInstanceOf(MailCrashRestartIT.SimulatedCrash.class);
		poller.afterCommit(() -> {
		});

		PollResult restart = poller.poll(mailbox);

		assertThat(restart.already()).as("the first chunk, committed before the crash").isEqualTo(50);
		assertThat(restart.logged()).isEqualTo(10);
		assertThat(jdbc.queryForObject("select count(*) from case_file where subject like ?", Integer.class,
				"Dovecot crash " + run + "%")).isEqualTo(60);
		assertThat(account.count("Redbox/Processed")).isEqualTo(60);
		assertThat(account.count("INBOX")).isZero();
	}

	@Test
	void dovecotTellsAWatchedMailboxOfNewMailAndItBecomesACaseWithinSeconds() {
		watchers.watch(mailbox);
		org.awaitility.Awaitility.await().atMost(MailIdleIT.SOON).until(() -> watchers.watched().contains(mailbox.id()));

		account.append(TestMessages.plain("Xan <xan@example.org>", "Dovecot idle " + UUID.randomUUID(), "Text."));

		org.awaitility.Awaitility.await().atMost(MailIdleIT.SOON).until(() -> account.count("Redbox/Processed") == 1);
		assertThat(account.count("INBOX")).isZero();
	}
}
