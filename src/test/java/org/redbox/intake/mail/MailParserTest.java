package org.redbox.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Messages from outside, made safe or refused with a reason a member of staff understands. */
class MailParserTest {

	static final MailIntakeSettings DEFAULTS = new MailIntakeSettings(Duration.ofMinutes(1), 200, DataSize.ofMegabytes(25),
			20, DataSize.ofMegabytes(10), 100_000, Duration.ofSeconds(30), Duration.ofSeconds(20), false, Duration.ofMinutes(10), Duration.ofSeconds(30));
	static final Set<String> OWN = Set.of("correspondence@exampleton.gov.uk");

	final MailParser parser = new MailParser(DEFAULTS);

	@Test
	void aSenderNameWithQuotesCommasAndAccentsIsKeptAsWritten() throws Exception {
		IncomingMail mail = parse(TestMessages.plain("\"O'Brien, Siobhán \\\"Shiv\\\"\" <Siobhan.OBrien@Example.ie>",
				"Hello", "Hi"));

		assertThat(mail.senderName()).isEqualTo("O'Brien, Siobhán \"Shiv\"");
		assertThat(mail.senderAddress()).isEqualTo("siobhan.obrien@example.ie");
	}

	@Test
	void anEncodedUnicodeSenderNameIsDecoded() throws Exception {
		IncomingMail mail = parse(TestMessages.plain("=?UTF-8?B?" + java.util.Base64.getEncoder()
				.encodeToString("张伟 (Zhāng Wěi) 🙂".getBytes(StandardCharsets.UTF_8)) + "?= <zhang.wei@example.cn>", "Hi", "x"));

		assertThat(mail.senderName()).isEqualTo("张伟 (Zhāng Wěi) 🙂");
	}

	@Test
	void aDisplayNamePretendingToBeAnotherAddressGivesWayToTheRealAddress() throws Exception {
		IncomingMail mail = parse(TestMessages.plain("\"mayor@exampleton.gov.uk\" <attacker@evil.example>", "Urgent", "x"));

		assertThat(mail.senderName()).isEqualTo("attacker@evil.example");
		assertThat(mail.senderAddress()).isEqualTo("attacker@evil.example");
	}

	@Test
	void mailClaimingToComeFromTheOfficeItselfIsRefused() {
		assertThatThrownBy(() -> parse(TestMessages.plain("Office <Correspondence@Exampleton.gov.uk>", "Loop", "x")))
				.isInstanceOf(UnprocessableMail.class).hasMessageContaining("office's own address");
	}

	@Test
	void mailWithoutASenderIsRefused() {
		assertThatThrownBy(() -> parse(TestMessages.plain(null, "Anonymous", "x")))
				.isInstanceOf(UnprocessableMail.class).hasMessageContaining("no sender");
	}

	@Test
	void aSenderThatIsNotAnAddressIsRefused() {
		assertThatThrownBy(() -> parse(TestMessages.plain("just a name", "Hi", "x")))
				.isInstanceOf(UnprocessableMail.class).hasMessageContaining("not an email address");
	}

	@Test
	void textInACharsetNobodyKnowsIsStillRead() throws Exception {
		String raw = TestMessages.headers("A <a@example.org>", "Charset", "<c1@example.org>")
				+ "Content-Type: text/plain; charset=x-klingon-unknown\r\n\r\nPlease fix the road.\r\n";

		assertThat(parse(raw).text()).isEqualTo("Please fix the road.");
	}

	@Test
	void htmlLosesItsScriptsStylesAndImagesSoNoTrackingPixelIsEverFetched() throws Exception {
		IncomingMail mail = parse(TestMessages.html("A <a@example.org>", "Offer", null,
				"<html><head><style>p{}</style><script>alert(1)</script></head><body><p onclick=\"steal()\">Dear Mayor,</p>"
						+ "<img src=\"https://tracker.example/pixel.gif?u=1\" width=1 height=1>"
						+ "<a href=\"javascript:alert(2)\">click</a><a href=\"https://example.org/ok\">link</a>"
						+ "<iframe src=\"https://evil.example\"></iframe><p>Please help.</p></body></html>",
				null, null));

		assertThat(mail.html()).doesNotContain("script", "style", "img", "pixel", "onclick", "javascript", "iframe")
				.contains("Dear Mayor,", "https://example.org/ok");
		assertThat(mail.text()).isEqualTo("Dear Mayor,\n\nclicklink\n\nPlease help.");
	}

	@Test
	void textOverTheLimitIsCutWithANote() throws Exception {
		var parser = new MailParser(new MailIntakeSettings(Duration.ofMinutes(1), 200, DataSize.ofMegabytes(25), 20,
				DataSize.ofMegabytes(10), 100, Duration.ofSeconds(30), Duration.ofSeconds(20), false, Duration.ofMinutes(10), Duration.ofSeconds(30)));
		IncomingMail mail = parser.parse(TestMessages.plain("A <a@example.org>", "Long", "x".repeat(500))
				.getBytes(StandardCharsets.UTF_8), OWN);

		assertThat(mail.text()).startsWith("x".repeat(100) + "\n\n[Redbox cut the text here");
	}

	@Test
	void aBrokenMultipartIsRefusedWithTheReason() {
		String raw = TestMessages.headers("A <a@example.org>", "Broken", "<b1@example.org>")
				+ "Content-Type: multipart/mixed; boundary=\"never-used\"\r\n\r\nthis body has no parts at all\r\n";

		assertThatThrownBy(() -> parse(raw)).isInstanceOf(UnprocessableMail.class).hasMessageContaining("cannot be read");
	}

	@Test
	void tooManyAttachmentsAreRefused() {
		StringBuilder raw = new StringBuilder(TestMessages.headers("A <a@example.org>", "Many", "<m1@example.org>")
				+ "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
		for (int i = 0; i < 21; i++) {
			raw.append("--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"f" + i + ".txt\"\r\n\r\nx\r\n");
		}
		raw.append("--b--\r\n");

		assertThatThrownBy(() -> parse(raw.toString())).isInstanceOf(UnprocessableMail.class)
				.hasMessageContaining("more than 20 attachments");
	}

	@Test
	void anAttachmentsFolderAndControlCharactersAreTakenOutOfItsName() throws Exception {
		IncomingMail mail = parse(TestMessages.html("A <a@example.org>", "Files", "see attached", "<p>see</p>",
				"..\\\\..\\\\etc/passwd\u202Etxt.exe", "eHg="));

		assertThat(mail.attachments()).singleElement().satisfies(a -> assertThat(a.filename()).isEqualTo("passwd txt.exe"));
	}

	private IncomingMail parse(String raw) throws UnprocessableMail {
		return parser.parse(raw.getBytes(StandardCharsets.UTF_8), OWN);
	}
}
