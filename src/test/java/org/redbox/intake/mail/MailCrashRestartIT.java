package org.redbox.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redbox.intake.acknowledgement.AcknowledgementMailer;
import org.redbox.support.IntegrationTest;
import org.redbox.support.TestMailConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

/**
 * A node that dies part-way through a batch — after a chunk's cases have committed but before
 * those messages were moved, with more still unread — loses nothing and duplicates nothing when
 * the mailbox is read again.
 */
@IntegrationTest
@Import(TestMailConfiguration.class)
class MailCrashRestartIT {

	@Autowired
	GreenMail greenMail;
	@Autowired
	Mailboxes mailboxes;
	@Autowired
	org.redbox.directory.DirectoryManagement directory;
	@Autowired
	AcknowledgementMailer acknowledgementMailer;
	@Autowired
	MailboxPoller poller;
	@Autowired
	JdbcTemplate jdbc;

	ImapTestAccount account;
	Mailbox mailbox;

	@BeforeEach
	void anOfficeMailbox() {
		account = GreenMailAccounts.fresh(greenMail);
		mailbox = mailboxes.add(IntakeMailFixture.quietOffice(directory), account.mailbox("Crash"));
	}

	@AfterEach
	void switchItOffAndLetItRun() {
		poller.afterCommit(() -> {
		});
		mailboxes.enable(mailbox.id(), false);
		IntakeMailFixture.sendAllOwed(acknowledgementMailer);
	}

	@Test
	void aCrashAfterSomeCasesCommittedLosesNoMessageAndMakesNoSecondCase() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<String> subjects = new ArrayList<>();
		for (int i = 1; i <= 120; i++) {
			subjects.add("Crash test " + run + " letter " + i);
		}
		account.append(subjects.stream().map(s -> TestMessages.plain("Nia Evans <nia@example.org>", s, "Text.")).toArray(String[]::new));
		AtomicInteger committed = new AtomicInteger();
		poller.afterCommit(() -> {
			if (committed.incrementAndGet() == 2) {
				throw new SimulatedCrash();
			}
		});

		assertThatThrownBy(() -> poller.poll(mailbox)).isInstanceOf(SimulatedCrash.class);
		assertThat(casesWithSubjectsOf(run)).as("two chunks of 50 committed before the crash").isEqualTo(100);
		assertThat(account.count("Redbox/Processed")).as("only the first chunk was moved").isEqualTo(50);
		assertThat(account.count("INBOX")).as("the second chunk, committed, and the rest, unread").isEqualTo(70);

		poller.afterCommit(() -> {
		});
		PollResult restart = poller.poll(mailbox);

		assertThat(restart.already()).as("committed before the crash, found and only moved").isEqualTo(50);
		assertThat(restart.logged()).isEqualTo(20);
		assertThat(casesWithSubjectsOf(run)).isEqualTo(120);
		assertThat(jdbc.queryForObject("select count(distinct subject) from case_file where subject like ?", Integer.class,
				"Crash test " + run + "%")).as("each message once").isEqualTo(120);
		assertThat(account.count("INBOX")).isZero();
		assertThat(account.subjects("Redbox/Processed")).containsExactlyInAnyOrderElementsOf(subjects);
	}

	private int casesWithSubjectsOf(String run) {
		return jdbc.queryForObject("select count(*) from case_file where subject like ?", Integer.class,
				"Crash test " + run + "%");
	}

	/** What the JVM stopping looks like to the code that was running: nothing after it happens. */
	static final class SimulatedCrash extends Error {
		SimulatedCrash() {
			super("simulated crash");
		}
	}
}
