package org.redbox.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactManagement;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.IncomingCorrespondence;
import org.redbox.correspondence.Stage;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.directory.Role;
import org.redbox.documents.Documents;
import org.redbox.documents.OwnerReference;
import org.redbox.documents.StoredDocument;
import org.redbox.intake.acknowledgement.AcknowledgementMailer;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.MutableClock;
import org.redbox.support.TestMailConfiguration;
import org.redbox.support.TestMailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * A resident writes to the Mayor through the public form, without signing in: the message becomes
 * a case, the reference is on screen and in their inbox; bad input is explained and changes nothing.
 */
@IntegrationTest
@Import(TestMailConfiguration.class)
class WebFormIT {

	/** Each request comes from its own client address, so tests (and repeated runs) never share a rate limit. */
	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	MockMvc mvc;
	@Autowired
	IncomingCorrespondence incoming;
	@Autowired
	CaseQueries cases;
	@Autowired
	ContactManagement contacts;
	@Autowired
	Documents documents;
	@Autowired
	AcknowledgementMailer mailer;
	@Autowired
	TestMailbox mailbox;
	@Autowired
	DemoOffices offices;
	@Autowired
	DemoStaff demo;
	@Autowired
	MutableClock clock;

	@Test
	void theFormIsOpenToEveryoneAndNamesTheOffice() throws Exception {
		String page = mvc.perform(get("/write/may")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();

		assertThat(page).contains("Write to the Office of the Mayor", "How we use your information", "name=\"_csrf\"");
		mvc.perform(get("/write/nowhere")).andExpect(status().isNotFound());
	}

	@Test
	void aMessageBecomesAGeneralCaseReceivedTodayAndTheWriterSeesTheReferenceAndGetsItByEmail() throws Exception {
		String email = unique("priya.shah");
		MockMultipartFile photo = new MockMultipartFile("attachments", "pothole.png", "image/png", png());

		MvcResult sent = mvc.perform(form(email, "subject", "Pothole on Canal Walk", "message",
				"The pothole outside number 12 is <b>deep</b> & getting worse.").file(photo))
				.andExpect(status().is3xxRedirection()).andReturn();
		String confirmation = confirmation(sent);

		String reference = (String) sent.getFlashMap().get("reference");
		assertThat(reference).startsWith("MAY-");
		assertThat(confirmation).contains("Message sent", "Your reference number", reference, email);
		var logged = incoming.findByReference(offices.mayor().id(), reference).orElseThrow();
		var view = cases.view(demo.holding(Role.CASEWORKER), logged.id().value()).caseFile();
		assertThat(view.type()).isEqualTo(CaseType.GENERAL);
		assertThat(view.channel()).isEqualTo(Channel.WEB_FORM);
		assertThat(view.stage()).isEqualTo(Stage.TRIAGE);
		assertThat(view.receivedOn()).isEqualTo(LocalDate.now(clock));
		assertThat(view.subject()).isEqualTo("Pothole on Canal Walk");
		assertThat(view.incomingText()).isEqualTo("The pothole outside number 12 is <b>deep</b> & getting worse.");
		var writer = contacts.findByEmail(offices.mayor().id(), email).orElseThrow();
		assertThat(view.correspondents()).containsExactly(writer.id());
		assertThat(writer.name()).isEqualTo("Priya Shah");
		assertThat(writer.address().lines()).containsExactly("12 Canal Walk", "Exampleton", "EX1 2AB");
		assertThat(documents.of(new OwnerReference("CaseFile", logged.id().toString())))
				.extracting(StoredDocument::filename, StoredDocument::contentType).containsExactly(
						org.assertj.core.groups.Tuple.tuple("pothole.png", "image/png"));

		mailer.sendPending();
		MimeMessage ack = mailbox.awaitTo(email, 1).get(0);
		assertThat(ack.getSubject()).isEqualTo("We have received your message: " + reference);
		assertThat(ack.getContent().toString()).contains("Dear Priya Shah", reference, "Office of the Mayor",
				"We aim to reply by");
	}

	@Test
	void aWriterWhoseAddressTakesNoMailIsToldToKeepTheReferenceInsteadOfPromisedAnEmail() throws Exception {
		String email = "noreply." + System.nanoTime() + "@example.org";

		MvcResult sent = mvc.perform(form(email)).andExpect(status().is3xxRedirection()).andReturn();

		assertThat(confirmation(sent)).contains("Please keep a note of your reference number")
				.doesNotContain("We have sent a confirmation email");
		mailer.sendPending();
		assertThat(mailbox.to(email)).isEmpty();
	}

	@Test
	void theMessageIsShownToStaffAsPlainTextNeverAsHtml() throws Exception {
		MvcResult sent = mvc.perform(form(unique("mallory"), "message", "<script>alert('x')</script> Hello"))
				.andExpect(status().is3xxRedirection()).andReturn();
		var logged = incoming.findByReference(offices.mayor().id(), (String) sent.getFlashMap().get("reference"))
				.orElseThrow();

		String casePage = mvc.perform(get("/cases/" + logged.id()).with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		assertThat(casePage).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Hello")
				.doesNotContain("<script>alert");
	}

	@Test
	void withoutASubjectTheCaseIsNamedFromTheMessage() throws Exception {
		MvcResult sent = mvc.perform(form(unique("no.subject"), "message",
				"Please could the bins on Hill Street be collected on time, they have been missed for three weeks now and the street smells.\nThanks"))
				.andExpect(status().is3xxRedirection()).andReturn();

		var logged = incoming.findByReference(offices.mayor().id(), (String) sent.getFlashMap().get("reference")).orElseThrow();
		assertThat(cases.view(demo.holding(Role.CASEWORKER), logged.id().value()).caseFile().subject())
				.isEqualTo("Please could the bins on Hill Street be collected on time, they have been missed…");
	}

	@Test
	void everyRuleOfTheFormIsExplainedAndNothingIsLogged() throws Exception {
		String email = unique("rules");
		assertProblems(multipart("/write/may").with(csrf()).with(from(client())), "Enter your full name",
				"Enter your email address", "Enter your postcode", "Enter your message",
				"Confirm that you have read how we use your information");
		assertProblems(form("not-an-email", "postcode", "12345"),
				"Enter an email address in the correct format, like name@example.com",
				"Enter a full UK postcode, like EX1 1AA");
		assertProblems(form(email, "fullName", "x".repeat(201), "subject", "s".repeat(151), "message", "m".repeat(6001),
				"addressLine1", "a".repeat(201), "addressLine2", "b".repeat(201), "town", "t".repeat(101)),
				"Full name must be 200 characters or fewer", "Subject must be 150 characters or fewer",
				"Your message must be 6,000 characters or fewer", "Address line 1 must be 200 characters or fewer",
				"Address line 2 must be 200 characters or fewer", "Town or city must be 100 characters or fewer");
		assertProblems(form(email, "fullName", "Priya\r\nBcc: everyone@example.com"), "Full name must be on one line");
		assertProblems(form("x".repeat(250) + "@example.org"),
				"Email address must be 254 characters or fewer");
		assertProblems(form(email).file(pdf("a.pdf")).file(pdf("b.pdf")).file(pdf("c.pdf")).file(pdf("d.pdf")),
				"Choose 3 files or fewer");
		assertProblems(form(email).file(new MockMultipartFile("attachments", "letter.pdf", "application/pdf",
				"MZ this is a program, not a PDF".getBytes(StandardCharsets.US_ASCII))),
				"The file letter.pdf must be a PDF, JPG or PNG");
		assertProblems(form(email).file(new MockMultipartFile("attachments", "huge.pdf", "application/pdf",
				new byte[5 * 1024 * 1024 + 1])), "The file huge.pdf must be smaller than 5 MB");
		assertProblems(form(email).file(new MockMultipartFile("attachments", "empty.png", "image/png", new byte[0])),
				"The file empty.png is empty");

		assertThat(contacts.findByEmail(offices.mayor().id(), email)).as("no contact made").isEmpty();
	}

	@Test
	void aBotThatFillsTheHoneypotSeesTheConfirmationButNoCaseIsMadeAndNoEmailSent() throws Exception {
		String email = unique("bot");

		MvcResult sent = mvc.perform(form(email, "website", "http://cheap-pills.example"))
				.andExpect(status().is3xxRedirection()).andReturn();

		assertThat(confirmation(sent)).contains("Message sent");
		assertThat(sent.getFlashMap().get("reference")).isNull();
		assertThat(contacts.findByEmail(offices.mayor().id(), email)).isEmpty();
		mailer.sendPending();
		assertThat(mailbox.to(email)).isEmpty();
	}

	@Test
	void oneEmailAddressMaySendFiveMessagesAnHourThenIsAskedToTryAgainLater() throws Exception {
		String email = unique("busy.writer");
		for (int i = 0; i < 5; i++) {
			mvc.perform(form(email)).andExpect(status().is3xxRedirection());
		}

		String page = mvc.perform(form(email)).andExpect(status().isTooManyRequests()).andReturn().getResponse()
				.getContentAsString();

		assertThat(page).contains("try again later", "Your message has not been sent");
	}

	@Test
	void oneClientAddressMaySendTwentyMessagesAnHourWhateverTheEmailAndBotsCountToo() throws Exception {
		String client = client();
		mvc.perform(form(unique("neighbour")).with(from(client))).andExpect(status().is3xxRedirection());
		// The rest come from a bot (caught by the honeypot, so no cases pile up): they count all the same.
		for (int i = 1; i < 20; i++) {
			mvc.perform(form(unique("neighbour" + i), "website", "http://spam.example").with(from(client)))
					.andExpect(status().is3xxRedirection());
		}

		mvc.perform(form(unique("neighbour")).with(from(client))).andExpect(status().isTooManyRequests());
		mvc.perform(form(unique("neighbour"))).andExpect(status().is3xxRedirection());
		clock.advance(java.time.Duration.ofHours(1).plusSeconds(1));
		mvc.perform(form(unique("neighbour")).with(from(client))).andExpect(status().is3xxRedirection());
	}

	@Test
	void theFormCannotBeSentFromAnotherSiteWithoutItsCsrfToken() throws Exception {
		mvc.perform(multipart("/write/may").param("fullName", "Eve")).andExpect(status().isForbidden());
	}

	private void assertProblems(MockMultipartHttpServletRequestBuilder request, String... problems) throws Exception {
		String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("There is a problem");
		for (String problem : problems) {
			assertThat(page).contains(org.springframework.web.util.HtmlUtils.htmlEscape(problem));
		}
	}

	/** Follows the redirect after sending, in the same browser session (the reference travels as a flash attribute). */
	private String confirmation(MvcResult sent) throws Exception {
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/write/may/sent");
		return mvc.perform(get("/write/may/sent").cookie(sent.getResponse().getCookies())).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
	}

	/** A complete, valid message from {@code email} but for the {@code overrides} (name, value, …), from a client address of its own. */
	private static MockMultipartHttpServletRequestBuilder form(String email, String... overrides) {
		var params = new java.util.LinkedHashMap<String, String>();
		params.put("fullName", "Priya Shah");
		params.put("email", email);
		params.put("addressLine1", "12 Canal Walk");
		params.put("town", "Exampleton");
		params.put("postcode", "ex1 2ab");
		params.put("message", "The street lights on Canal Walk have been out for a month.");
		params.put("privacyNoticeRead", "true");
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], overrides[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/write/may");
		request.with(csrf()).with(from(client()));
		params.forEach(request::param);
		return request;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String client) {
		return request -> {
			request.setRemoteAddr(client);
			return request;
		};
	}

	private static String client() {
		int n = CLIENTS.incrementAndGet();
		return "10." + (System.nanoTime() % 200 + 20) + "." + (n / 250) + "." + (n % 250 + 1);
	}

	private static String unique(String name) {
		return name + "." + System.nanoTime() + "@example.org";
	}

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("attachments", name, "application/pdf",
				"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
	}

	private static byte[] png() {
		return java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
	}
}
