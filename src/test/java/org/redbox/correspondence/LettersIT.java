package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactSummary;
import org.redbox.contacts.ContactType;
import org.redbox.contacts.LanguagePreference;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoStaff;
import org.redbox.support.TestMailConfiguration;
import org.springframework.context.annotation.Import;
import com.icegreen.greenmail.util.GreenMail;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Letters from template to inbox: a reply drafted from a template, signed, sent by email to
 * GreenMail with the PDF letter attached, kept on the case; and the rules that refuse sending.
 */
@IntegrationTest
@Import(TestMailConfiguration.class)
class LettersIT {

	@Autowired
	GreenMail mailServer;

	@Autowired
	CaseIntake intake;
	@Autowired
	CaseWork work;
	@Autowired
	CaseAllocation allocation;
	@Autowired
	CaseQueries queries;
	@Autowired
	ContactManagement contacts;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	DemoStaff demo;
	@Autowired
	AuditedActions audit;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MockMvc mvc;

	LetterCases cases;

	@BeforeEach
	void emptyTheMailboxes() throws Exception {
		mailServer.purgeEmailFromAllMailboxes();
		cases = new LetterCases(intake, work, allocation, directory, demo);
	}

	@Test
	void aSignedReplyDraftedFromATemplateIsEmailedWithTheLetterAttachedAndKeptOnTheCase() throws Exception {
		ContactSummary mp = writer("MP", LanguagePreference.ENGLISH);
		CaseFile c = cases.allocated(CaseType.MEMBER, mp, "Transport");
		String page = "/cases/" + c.id();

		String drafting = pageAs(page, Role.CASEWORKER);
		assertThat(drafting).contains("Reply to an elected representative", "Transport: Route 42");
		submit(page + "/draft-from-template", Role.CASEWORKER, "template", templateId("Reply to an elected representative"),
				"lines", lineId("Route 42"));
		cases.toDispatch(c, Role.PRINCIPAL);
		var sent = submit(page + "/send-email", Role.CASEWORKER);

		assertThat(sent.getFlashMap().get("success")).asString().contains("sent by email");
		MimeMessage email = onlyMessageTo(mp.email());
		String pdfText = pdfText(attachment(email, "application/pdf"));
		assertThat(pdfText).contains(c.reference(), "Dear " + mp.name(), "Route 42 returns in May", "Alex Morgan",
				"Mayor of Exampleton", "City Hall, 1 Market Square");
		assertThat(text(email, "text/plain")).contains("Route 42 returns in May").doesNotContain("<p>");
		assertThat(text(email, "text/html")).contains("<p>Dear " + mp.name());
		assertThat(email.getSubject()).contains(c.reference());
		assertThat(email.getMessageID()).isEqualTo(jdbc.queryForObject(
				"select message_id from reply_dispatch where case_id = ? and status = 'SENT'", String.class, c.id().value()));

		CaseFile closed = queries.view(demo.holding(Role.CASEWORKER), c.id().value()).caseFile();
		assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
		String after = pageAs(page, Role.CASEWORKER);
		assertThat(after).contains("Reply dispatched by email", c.reference() + "-letter.pdf", c.reference() + "-email.eml");
		var documents = jdbc.queryForList("select id from document where owner_type = 'CaseFile' and owner_id = ?",
				UUID.class, c.id().toString());
		assertThat(documents).hasSize(2);
	}

	@Test
	void aDocumentIsDownloadedOnlyByThoseWhoMaySeeTheCaseAndEachDownloadIsAudited() throws Exception {
		CaseFile c = cases.allocated(CaseType.MEMBER, writer("MP", LanguagePreference.ENGLISH), "Transport");
		submit("/cases/" + c.id() + "/draft-from-template", Role.CASEWORKER, "template",
				templateId("Reply to an elected representative"));
		cases.toDispatch(c, Role.PRINCIPAL);
		submit("/cases/" + c.id() + "/send-email", Role.CASEWORKER);
		UUID pdf = jdbc.queryForObject("select id from document where owner_id = ? and content_type = 'application/pdf'",
				UUID.class, c.id().toString());
		String url = "/cases/" + c.id() + "/documents/" + pdf;

		byte[] downloaded = mvc.perform(get(url).with(demo.as(Role.CASEWORKER))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsByteArray();
		assertThat(pdfText(downloaded)).contains(c.reference());
		assertThat(audit.awaitSummaryContaining("downloaded " + c.reference() + "-letter.pdf")).isEqualTo("Viewed");
		mvc.perform(get(url).with(demo.as("housing.caseworker@exampleton.gov.uk"))).andExpect(status().isNotFound());
		CaseFile other = cases.allocated(CaseType.GENERAL, writer("Other", LanguagePreference.ENGLISH), "Housing");
		mvc.perform(get("/cases/" + other.id() + "/documents/" + pdf).with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isNotFound());
	}

	@Test
	void aReplyIsNotSentBeforeSignOffNorAfterItWasChanged() throws Exception {
		ContactSummary resident = writer("Resident", LanguagePreference.ENGLISH);
		CaseFile c = cases.allocated(CaseType.GENERAL, resident, "Housing");
		UUID id = c.id().value();
		String page = "/cases/" + c.id();
		work.saveDraft(demo.holding(Role.CASEWORKER), id, "<p>Dear resident, your repair is booked.</p>");
		work.submitDraft(demo.holding(Role.CASEWORKER), id);

		var early = submit(page + "/send-email", Role.CASEWORKER);
		assertThat(early.getFlashMap().get("problem")).asString().contains("only a signed-off reply can be sent");

		work.approve(demo.holding(Role.CORRESPONDENCE_MANAGER), id);
		work.approve(demo.holding(Role.CHIEF_OF_STAFF), id);
		work.signOff(demo.holding(Role.CHIEF_OF_STAFF), id);
		jdbc.update("update case_file set reply_html = ? where id = ?", "<p>Dear resident, pay us £500.</p>", id);
		var tampered = submit(page + "/send-email", Role.CASEWORKER);
		assertThat(tampered.getFlashMap().get("problem")).asString().contains("changed after sign-off");

		work.saveDraft(demo.holding(Role.CASEWORKER), id, "<p>Dear resident, your repair is booked for Monday.</p>");
		var edited = submit(page + "/send-email", Role.CASEWORKER);
		assertThat(edited.getFlashMap().get("problem")).asString().contains("at Sign-off");

		assertThat(mailServer.getReceivedMessages()).as("nothing was sent").isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from reply_dispatch where case_id = ?", Long.class, id)).isZero();
		assertThat(queries.view(demo.holding(Role.CASEWORKER), id).caseFile().stage()).isEqualTo(Stage.SIGN_OFF);
	}

	@Test
	void aReplyToAWriterWithNoEmailAddressIsNotSentButCanBePosted() throws Exception {
		ContactSummary noEmail = contacts.register(demo.holding(Role.CASEWORKER).actor(), cases.mayorsOffice().id(),
				new ContactDetails("Margaret Post", ContactType.RESIDENT, null, null, "01632 960 111",
						new org.redbox.contacts.PostalAddress("2 Mill Lane", null, "Exampleton", "EX2 7LB"),
						LanguagePreference.ENGLISH, false, false));
		CaseFile c = cases.allocated(CaseType.GENERAL, noEmail, "Housing");
		submit("/cases/" + c.id() + "/draft-from-template", Role.CASEWORKER, "template", templateId("General reply"));
		cases.toDispatch(c, Role.CHIEF_OF_STAFF);

		var refused = submit("/cases/" + c.id() + "/send-email", Role.CASEWORKER);
		assertThat(refused.getFlashMap().get("problem")).asString().contains("has an email address: mark the reply as posted");
		assertThat(queries.view(demo.holding(Role.CASEWORKER), c.id().value()).caseFile().stage()).isEqualTo(Stage.DISPATCH);

		submit("/cases/" + c.id() + "/dispatch", Role.CASEWORKER, "method", "post");
		assertThat(pageAs("/cases/" + c.id(), Role.CASEWORKER)).contains("Reply dispatched by post", c.reference() + "-letter.pdf");
		assertThat(mailServer.getReceivedMessages()).isEmpty();
	}

	@Test
	void aWelshWriterIsOfferedTheWelshTemplateAndItsLettersSurviveIntoThePdf() throws Exception {
		ContactSummary rhian = writer("Welsh", LanguagePreference.WELSH);
		CaseFile c = cases.allocated(CaseType.GENERAL, rhian, "Housing");
		String page = "/cases/" + c.id();

		String drafting = pageAs(page, Role.CASEWORKER);
		String welsh = templateId("Ateb cyffredinol");
		assertThat(drafting).containsPattern(Pattern.compile("<option value=\"" + welsh + "\"\\s+selected"))
				.contains("Housing: Affordable homes programme").doesNotContain("Winter 2024 rent freeze");
		submit(page + "/draft-from-template", Role.CASEWORKER, "template", welsh, "lines", lineId("Affordable homes programme"));
		cases.toDispatch(c, Role.CHIEF_OF_STAFF);
		submit(page + "/send-email", Role.CASEWORKER);

		MimeMessage email = onlyMessageTo(rhian.email());
		String pdfText = pdfText(attachment(email, "application/pdf"));
		assertThat(pdfText).contains("Annwyl " + rhian.name(), "ŵr", "tîm", "Ein cyfeirnod: " + c.reference(),
				"2,000 new social rent homes");
		assertThat(email.getSubject()).startsWith("Ateb gan");
	}

	@Test
	void onlyManagersKeepTemplatesAndAnUnknownMergeFieldIsRefusedOnThePage() throws Exception {
		String office = cases.mayorsOffice().id().toString();
		mvc.perform(get("/letters").with(demo.as(Role.CASEWORKER))).andExpect(status().isForbidden());
		mvc.perform(get("/letters/templates/new").param("office", office).with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isForbidden());
		mvc.perform(post("/letters/templates").param("office", office).param("name", "Sneaky").param("language", "ENGLISH")
				.param("body", "<p>x</p>").with(demo.as(Role.CASEWORKER)).with(csrf())).andExpect(status().isForbidden());
		assertThat(pageAs("/letters", Role.CORRESPONDENCE_MANAGER)).contains("Ateb cyffredinol", "Bus fare cap");
		long before = count("letter_template");

		String refused = mvc.perform(post("/letters/templates").param("office", office).param("name", "Thanks")
				.param("language", "ENGLISH").param("body", "<p>Dear {{correspondent.name}}, from {{mayor}}</p>")
				.with(demo.as(Role.CORRESPONDENCE_MANAGER)).with(csrf())).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(refused).contains("Unknown merge field {{mayor}}", "Dear {{correspondent.name}}, from {{mayor}}");
		assertThat(count("letter_template")).isEqualTo(before);

		String name = "Thanks " + UUID.randomUUID();
		mvc.perform(post("/letters/templates").param("office", office).param("name", name).param("language", "ENGLISH")
				.param("caseTypes", "FOI").param("body", "<p>Dear {{correspondent.name}}</p><script>x()</script>")
				.with(demo.as(Role.CORRESPONDENCE_MANAGER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(pageAs("/letters", Role.CHIEF_OF_STAFF)).contains(name);
		assertThat(jdbc.queryForObject("select body_html from letter_template where name = ?", String.class, name))
				.isEqualTo("<p>Dear {{correspondent.name}}</p>");
		String edit = "/letters/templates/" + jdbc.queryForObject("select id from letter_template where name = ?", UUID.class, name);
		assertThat(pageAs(edit, Role.CORRESPONDENCE_MANAGER)).contains(name, "Dear {{correspondent.name}}", "_csrf");
		mvc.perform(get(edit).with(demo.as(Role.CASEWORKER))).andExpect(status().isForbidden());
		mvc.perform(post(edit).param("name", name + " (revised)").param("language", "WELSH").param("body", "<p>Annwyl</p>")
				.with(demo.as(Role.CORRESPONDENCE_MANAGER)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select language from letter_template where name = ?", String.class,
				name + " (revised)")).isEqualTo("WELSH");
		String line = "/letters/lines/" + lineId("Bus fare cap");
		assertThat(pageAs(line, Role.CORRESPONDENCE_MANAGER)).contains("Bus fare cap", "£2 single bus fare cap");
		String badDate = mvc.perform(post("/letters/lines").param("office", office).param("topic", "Housing")
				.param("title", "Late").param("body", "<p>Soon.</p>").param("expiresOn", "31/02/2027")
				.with(demo.as(Role.CORRESPONDENCE_MANAGER)).with(csrf())).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(badDate).contains("Enter the expiry date as a real date");
	}

	private ContactSummary writer(String kind, LanguagePreference language) {
		String email = kind.toLowerCase() + "-" + UUID.randomUUID() + "@example.com";
		String name = language == LanguagePreference.WELSH ? "Siân Ŵyn" : kind.equals("MP") ? "Ngozi Okafor MP" : "Sam Writer";
		return contacts.register(demo.holding(Role.CASEWORKER).actor(), cases.mayorsOffice().id(), new ContactDetails(name,
				kind.equals("MP") ? ContactType.MP : ContactType.RESIDENT, null, email, null,
				new org.redbox.contacts.PostalAddress("1 High Street", null, "Exampleton", "EX1 1AA"), language, false, false));
	}

	private String templateId(String name) {
		return jdbc.queryForObject("select id from letter_template where name = ? and office_id = ?", UUID.class, name,
				cases.mayorsOffice().id().value()).toString();
	}

	private String lineId(String title) {
		return jdbc.queryForObject("select id from standard_line where title = ? and office_id = ?", UUID.class, title,
				cases.mayorsOffice().id().value()).toString();
	}

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private MimeMessage onlyMessageTo(String address) throws MessagingException {
		assertThat(mailServer.waitForIncomingEmail(5000, 1)).isTrue();
		List<MimeMessage> to = java.util.Arrays.stream(mailServer.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().contains(address);
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
		assertThat(to).hasSize(1);
		return to.get(0);
	}

	private static byte[] attachment(Part part, String type) throws MessagingException, IOException {
		Part found = find(part, type);
		assertThat(found).as("a " + type + " part").isNotNull();
		return found.getInputStream().readAllBytes();
	}

	private static String text(Part part, String type) throws MessagingException, IOException {
		Part found = find(part, type);
		assertThat(found).as("a " + type + " part").isNotNull();
		return (String) found.getContent();
	}

	private static Part find(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type)) {
			return part;
		}
		if (part.getContent() instanceof MimeMultipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				Part found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static String pdfText(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private MvcResult submit(String url, Role role, String... params) throws Exception {
		var request = post(url).with(demo.as(role)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
	}

	private String pageAs(String url, Role role) throws Exception {
		return mvc.perform(get(url).with(demo.as(role))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
	}
}
