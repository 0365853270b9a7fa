package org.redbox.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactManagement;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.TimelineEntry;
import org.redbox.correspondence.internal.CaseDocuments;
import org.redbox.correspondence.internal.CaseFiles;
import org.redbox.directory.Role;
import org.redbox.documents.Documents;
import org.redbox.documents.StoredDocument;
import org.redbox.intake.acknowledgement.AcknowledgementMailer;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.TestMailConfiguration;
import org.redbox.support.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

/** An office mailbox read into cases: each message once, replies onto their case, the writer acknowledged once. */
@IntegrationTest
@Import(TestMailConfiguration.class)
class MailIntakeIT {

	@Autowired
	GreenMail greenMail;
	@Autowired
	Mailboxes mailboxes;
	@Autowired
	MailboxPoller poller;
	@Autowired
	CaseFiles cases;
	@Autowired
	CaseDocuments caseDocuments;
	@Autowired
	Documents documents;
	@Autowired
	ContactManagement contacts;
	@Autowired
	AcknowledgementMailer acknowledgementMailer;
	@Autowired
	TestMailbox sentMail;
	@Autowired
	DemoOffices offices;
	@Autowired
	DemoStaff demo;
	@Autowired
	TransactionTemplate tx;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Clock clock;

	ImapTestAccount account;
	Mailbox mailbox;

	@BeforeEach
	void anOfficeMailbox() {
		IntakeMailFixture.sendAllOwed(acknowledgementMailer);
		account = GreenMailAccounts.fresh(greenMail);
		mailbox = mailboxes.add(offices.mayor().id(), account.mailbox("Correspondence"));
	}

	@AfterEach
	void switchItOffAndSendWhatIsOwed() {
		mailboxes.enable(mailbox.id(), false);
		IntakeMailFixture.sendAllOwed(acknowledgementMailer);
	}

	@Test
	void aMessageBecomesACaseWithItsWriterTextAndAttachmentAndLeavesTheInboxForTheProcessedFolder() {
		String writer = "amara." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		account.append(TestMessages.html("Amara Boateng <" + writer + ">", "Street lights out on Mill Lane",
				"The lights on Mill Lane have been out for a week.",
				"<p>The lights on <b>Mill Lane</b> have been out for a week.</p>", "photo.jpg",
				Base64.getEncoder().encodeToString("not really a jpeg".getBytes(StandardCharsets.US_ASCII))));

		PollResult result = poller.poll(mailbox);

		assertThat(result.logged()).isEqualTo(1);
		assertThat(result.error()).isNull();
		CaseFile logged = caseWithReference(result.references().get(0));
		assertThat(logged.subject()).isEqualTo("Street lights out on Mill Lane");
		assertThat(logged.channel()).isEqualTo(Channel.EMAIL);
		assertThat(logged.incomingText()).isEqualTo("The lights on Mill Lane have been out for a week.");
		assertThat(contacts.findByEmail(offices.mayor().id(), writer)).hasValueSatisfying(
				c -> assertThat(c.name()).isEqualTo("Amara Boateng"));
		assertThat(filesOf(logged)).extracting(StoredDocument::filename).contains("photo.jpg", "message.html");
		assertThat(account.count("INBOX")).isZero();
		assertThat(account.subjects("Redbox/Processed")).containsExactly("Street lights out on Mill Lane");

		IntakeMailFixture.sendAllOwed(acknowledgementMailer);
		assertThat(sentMail.awaitTo(writer, 1)).singleElement()
				.satisfies(ack -> assertThat(ack.getSubject()).contains(logged.reference()));
	}

	@Test
	void twoLettersFromOneWriterInOnePollAreTwoCasesOfOneContactEachAcknowledged() {
		String writer = "dev." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		account.append(TestMessages.plain("Dev Patel <" + writer + ">", "Potholes on Station Road", "Three potholes."),
				TestMessages.plain("Dev Patel <" + writer + ">", "And the bus shelter", "Its glass is broken."));

		PollResult result = poller.poll(mailbox);

		assertThat(result.logged()).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from contact where email = ?", Integer.class, writer)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(distinct c.contact_id) from case_correspondent c join case_file f on f.id = c.case_id"
				+ " where f.reference in (?, ?)", Integer.class, result.references().get(0), result.references().get(1))).isEqualTo(1);
		IntakeMailFixture.sendAllOwed(acknowledgementMailer);
		assertThat(sentMail.awaitTo(writer, 2)).extracting(jakarta.mail.Message::getSubject).anySatisfy(
				subject -> assertThat(subject).contains(result.references().get(0))).anySatisfy(
						subject -> assertThat(subject).contains(result.references().get(1)));
	}

	@Test
	void theSameMessageFetchedTwiceMakesOneCase() {
		String message = TestMessages.plain("Ben Carter <ben.carter@example.org>", "Bin collections missed",
				"Our bins were missed again.");
		account.append(message, message);

		PollResult result = poller.poll(mailbox);

		assertThat(result.logged()).isEqualTo(1);
		assertThat(result.already()).as("the copy, found already taken").isEqualTo(1);
		assertThat(account.count("Redbox/Processed")).isEqualTo(2);
		assertThat(casesFrom(mailbox)).isEqualTo(1);
	}

	@Test
	void aMessageWithoutAMessageIdIsKnownByItsContentSoACopyMakesNoSecondCase() {
		String message = TestMessages.headers("Chen Wei <chen.wei@example.org>", "No Message-ID here", null)
				+ "Content-Type: text/plain\r\n\r\nWritten by a very old mail program.\r\n";
		account.append(message);
		poller.poll(mailbox);
		account.append(message);

		PollResult again = poller.poll(mailbox);

		assertThat(again.already()).isEqualTo(1);
		assertThat(again.logged()).isZero();
		assertThat(casesFrom(mailbox)).isEqualTo(1);
	}

	@Test
	void aReplyQuotingTheReferenceInItsSubjectIsAddedToItsCaseAndNotAcknowledgedAgain() {
		String writer = "dara." + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
		account.append(TestMessages.plain("Dara Quinn <" + writer + ">", "Housing repair", "The damp is back."));
		String reference = poller.poll(mailbox).references().get(0);
		account.append(TestMessages.plain("Dara Quinn <" + writer + ">",
				"Re: We have received your message: " + reference, "And now the boiler has failed too."));

		PollResult reply = poller.poll(mailbox);

		assertThat(reply.threaded()).isEqualTo(1);
		assertThat(reply.logged()).isZero();
		assertThat(reply.references()).containsExactly(reference);
		assertThat(timelineOf(reference)).anyMatch(line -> line.startsWith("Further correspondence received (Email)"));
		IntakeMailFixture.sendAllOwed(acknowledgementMailer);
		sentMail.awaitTo(writer, 1);
		IntakeMailFixture.sendAllOwed(acknowledgementMailer);
		assertThat(sentMail.to(writer)).as("one acknowledgement, for the first message only").hasSize(1);
	}

	@Test
	void aReplyToALetterRedboxSentIsAddedToThatCase() {
		account.append(TestMessages.plain("Eli Novak <eli.novak@example.org>", "Planning objection", "I object."));
		String reference = poller.poll(mailbox).references().get(0);
		String sentId = "<reply-" + UUID.randomUUID() + "@exampleton.gov.uk>";
		jdbc.update("insert into reply_dispatch (id, case_id, message_id, signed_hash, recipient, status, created_at, version)"
				+ " values (?, ?, ?, 'x', 'eli.novak@example.org', 'SENT', ?, 0)", UUID.randomUUID(),
				caseWithReference(reference).id().value(), sentId, java.sql.Timestamp.from(Instant.now(clock)));
		account.append(TestMessages.withHeaders("Eli Novak <eli.novak@example.org>", "Re: Your letter",
				"In-Reply-To: " + sentId + "\r\nReferences: <older@example.org> " + sentId + "\r\n",
				"Thank you, but I still object."));

		PollResult reply = poller.poll(mailbox);

		assertThat(reply.threaded()).isEqualTo(1);
		assertThat(reply.references()).containsExactly(reference);
	}

	@Test
	void aMailboxWhosePasswordIsMissingFromTheEnvironmentReportsItAndTakesNothing() {
		var details = account.mailbox("Wrong secret");
		Mailbox misconfigured = mailboxes.add(offices.mayor().id(), new MailboxDetails(details.name(), details.host(),
				details.port(), details.security(), details.username(), "REDBOX_NO_SUCH_VARIABLE", "INBOX",
				"Redbox/Processed", "Redbox/Quarantine"));
		account.append(TestMessages.plain("Fay Ode <fay@example.org>", "Hello", "Hello."));

		PollResult result = poller.poll(misconfigured);
		mailboxes.enable(misconfigured.id(), false);

		assertThat(result.error()).contains("REDBOX_NO_SUCH_VARIABLE");
		assertThat(mailboxes.find(misconfigured.id()).orElseThrow().lastError()).contains("REDBOX_NO_SUCH_VARIABLE");
		assertThat(account.count("INBOX")).isEqualTo(1);
	}

	private CaseFile caseWithReference(String reference) {
		return cases.findByReference(reference).orElseThrow();
	}

	private List<StoredDocument> filesOf(CaseFile c) {
		return caseDocuments.of(demo.holding(Role.CORRESPONDENCE_MANAGER), c.id().value());
	}

	private List<String> timelineOf(String reference) {
		return tx.execute(s -> caseWithReference(reference).timeline().stream().map(TimelineEntry::summary).toList());
	}

	private int casesFrom(Mailbox box) {
		return jdbc.queryForObject("select count(distinct case_id) from intake_mail_message where mailbox_id = ?",
				Integer.class, box.id());
	}
}
