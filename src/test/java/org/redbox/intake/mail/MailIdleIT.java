package org.redbox.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.internal.CaseFiles;
import org.redbox.directory.DirectoryManagement;
import org.redbox.intake.acknowledgement.AcknowledgementMailer;
import org.redbox.support.IntegrationTest;
import org.redbox.support.TestMailConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

/**
 * A mailbox on a server with IMAP IDLE is read the moment mail arrives, not at the next poll: the
 * tests' poll interval is a day, so only the watcher can have made these cases.
 */
@IntegrationTest
@Import(TestMailConfiguration.class)
class MailIdleIT {

	static final Duration SOON = Duration.ofSeconds(15);

	@Autowired
	GreenMail greenMail;
	@Autowired
	Mailboxes mailboxes;
	@Autowired
	MailboxWatchers watchers;
	@Autowired
	CaseFiles cases;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	AcknowledgementMailer acknowledgementMailer;
	@Autowired
	JdbcTemplate jdbc;

	ImapTestAccount account;
	Mailbox mailbox;

	@BeforeEach
	void aWatchedMailbox() {
		account = GreenMailAccounts.fresh(greenMail);
		mailbox = mailboxes.add(IntakeMailFixture.quietOffice(directory), account.mailbox("Watched " + UUID.randomUUID()));
		watchers.watch(mailbox);
		await().atMost(SOON).until(() -> watchers.watched().contains(mailbox.id()));
	}

	@AfterEach
	void stopWatching() {
		watchers.unwatch(mailbox.id());
		mailboxes.enable(mailbox.id(), false);
		IntakeMailFixture.sendAllOwed(acknowledgementMailer);
	}

	@Test
	void aMessageDeliveredToAWatchedMailboxBecomesACaseWithinSeconds() {
		account.append(TestMessages.plain("Nia Owusu <nia@example.org>", "Pothole on Station Road",
				"There is a deep pothole outside number 12."));

		await().atMost(SOON).until(() -> account.count("Redbox/Processed") == 1);

		assertThat(account.count("INBOX")).isZero();
		assertThat(casesOf(mailbox)).extracting(CaseFile::subject).containsExactly("Pothole on Station Road");
	}

	@Test
	void messagesArrivingOneAfterAnotherEachBecomeOneCaseAndNoneIsReadTwice() {
		for (int i = 1; i <= 5; i++) {
			account.append(TestMessages.plain("Writer " + i + " <writer" + i + "@example.org>", "Arrival " + i,
					"Letter number " + i + "."));
		}

		await().atMost(SOON).until(() -> account.count("Redbox/Processed") == 5);

		assertThat(casesOf(mailbox)).extracting(CaseFile::subject)
				.containsExactlyInAnyOrder("Arrival 1", "Arrival 2", "Arrival 3", "Arrival 4", "Arrival 5");
	}

	@Test
	void aMailboxSwitchedOffIsNoLongerWatchedAndItsThreadsEnd() {
		mailboxes.enable(mailbox.id(), false);
		watchers.reconcile();

		assertThat(watchers.watched()).doesNotContain(mailbox.id());
		assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
				.noneMatch(name -> name.endsWith(mailbox.name()));
		account.append(TestMessages.plain("Late Writer <late@example.org>", "After hours", "Anyone there?"));
		// Nothing reads it now: a poll would be needed, and the schedule is a day away.
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
				.until(() -> account.count("INBOX") == 1);
		assertThat(casesOf(mailbox)).isEmpty();
	}

	private List<CaseFile> casesOf(Mailbox mailbox) {
		return jdbc.queryForList("select case_id from intake_mail_message where mailbox_id = ?", UUID.class, mailbox.id())
				.stream().map(id -> cases.findById(id).orElseThrow()).toList();
	}
}
