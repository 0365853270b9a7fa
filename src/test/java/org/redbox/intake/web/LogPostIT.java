package org.redbox.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactManagement;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.directory.Role;
import org.redbox.documents.Documents;
import org.redbox.documents.OwnerReference;
import org.redbox.documents.StoredDocument;
import org.redbox.intake.post.ScannedLetters;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Staff log a letter from its scan: the text is read, they add what it did not say, the scan stays with the case. */
@IntegrationTest
class LogPostIT {

	private static final String HOUSING_CASEWORKER = "housing.caseworker@exampleton.gov.uk";

	@Autowired
	MockMvc mvc;
	@Autowired
	CaseQueries cases;
	@Autowired
	ContactManagement contacts;
	@Autowired
	Documents documents;
	@Autowired
	DemoOffices offices;
	@Autowired
	DemoStaff demo;
	@Autowired
	Clock clock;

	@Test
	void aCaseworkerUploadsAScanChecksWhatWasReadAndLogsTheLetterWithTheScanAsItsDocument() throws Exception {
		String email = "rhian.evans." + System.nanoTime() + "@example.org";
		byte[] scan = ScannedLetters.pdf("14 Mill Lane", "Exampleton", "EX4 7QT", email, "", "Dear Mayor,",
				"The street lights on Mill Lane have been out for a week.", "Yours sincerely,", "Rhian Evans");

		String step2 = upload(Role.CASEWORKER, "mill-lane.pdf", scan);
		String page = mvc.perform(get(step2).with(demo.as(Role.CASEWORKER))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();

		assertThat(page).contains("Check the details", "mill-lane.pdf",
				"The street lights on Mill Lane have been out for a week.", "value=\"Rhian Evans\"",
				"value=\"" + email + "\"", "value=\"14 Mill Lane\"", "value=\"EX4 7QT\"");
		String casePage = mvc.perform(post(step2).with(demo.as(Role.CASEWORKER)).with(csrf())
				.param("writerName", "Rhian Evans").param("writerEmail", email).param("addressLine1", "14 Mill Lane")
				.param("town", "Exampleton").param("postcode", "EX4 7QT").param("subject", "Street lights on Mill Lane")
				.param("type", "GENERAL").param("receivedOn", LocalDate.now(clock).minusDays(1).toString())
				.param("text", "The street lights on Mill Lane have been out for a week."))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/*"))
				.andReturn().getResponse().getRedirectedUrl();

		var c = cases.view(demo.holding(Role.CASEWORKER), UUID.fromString(casePage.substring("/cases/".length()))).caseFile();
		assertThat(c.channel()).isEqualTo(Channel.LETTER);
		assertThat(c.type()).isEqualTo(CaseType.GENERAL);
		assertThat(c.receivedOn()).isEqualTo(LocalDate.now(clock).minusDays(1));
		assertThat(c.incomingText()).isEqualTo("The street lights on Mill Lane have been out for a week.");
		var writer = contacts.findByEmail(offices.mayor().id(), email).orElseThrow();
		assertThat(c.correspondents()).containsExactly(writer.id());
		assertThat(writer.address().postcode()).isEqualTo("EX4 7QT");
		assertThat(documents.of(new OwnerReference("CaseFile", c.id().toString())))
				.extracting(StoredDocument::filename).containsExactly("mill-lane.pdf");

		mvc.perform(get(step2).with(demo.as(Role.CASEWORKER)))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(casePage));
	}

	@Test
	void aScanWithNoReadableTextSaysSoAndCanStillBeLoggedByHand() throws Exception {
		byte[] damaged = ("%PDF-1.7\n" + "\u0000garbled".repeat(100)).getBytes(StandardCharsets.ISO_8859_1);

		String step2 = upload(Role.CASEWORKER, "smudged.pdf", damaged);
		String page = mvc.perform(get(step2).with(demo.as(Role.CASEWORKER))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();

		assertThat(page).contains("could not be read", "You can still log the letter");
		mvc.perform(post(step2).with(demo.as(Role.CASEWORKER)).with(csrf()).param("writerName", "Tom Hughes")
				.param("subject", "Parking permit").param("type", "GENERAL").param("receivedOn", LocalDate.now(clock).toString())
				.param("text", "Asks about a parking permit (letter hard to read)."))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/*"));
	}

	@Test
	void whatTheLetterDidNotSayMustBeGivenAndTheUploadMustBeAScan() throws Exception {
		mvc.perform(multipart("/intake/post").with(demo.as(Role.CASEWORKER)).with(csrf())
				.param("office", offices.mayor().id().toString())).andExpect(status().isOk())
				.andExpect(content("Choose the scanned letter"));
		mvc.perform(multipart("/intake/post").file(new MockMultipartFile("scan", "letter.pdf", "application/pdf",
				"MZ not a scan".getBytes(StandardCharsets.US_ASCII))).with(demo.as(Role.CASEWORKER)).with(csrf())
				.param("office", offices.mayor().id().toString())).andExpect(status().isOk())
				.andExpect(content("The file letter.pdf must be a PDF, JPG, PNG or TIFF"));

		String step2 = upload(Role.CASEWORKER, "blank.pdf", ScannedLetters.pdf("Dear Mayor, please help."));
		mvc.perform(post(step2).with(demo.as(Role.CASEWORKER)).with(csrf()).param("type", "GENERAL")
				.param("receivedOn", LocalDate.now(clock).plusDays(1).toString()).param("postcode", "nowhere"))
				.andExpect(status().isOk()).andExpect(content("Enter the writer&#39;s name", "Enter a subject",
						"The date the letter arrived must be today or in the past", "Enter a full UK postcode"));
	}

	@Test
	void onlyStaffWhoWorkTheOfficesCasesMayLogItsPost() throws Exception {
		mvc.perform(get("/intake/post")).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/sign-in"));
		mvc.perform(multipart("/intake/post").file(scanFile()).with(demo.as(Role.CONTRIBUTOR)).with(csrf())
				.param("office", offices.mayor().id().toString())).andExpect(status().isForbidden());
		mvc.perform(multipart("/intake/post").file(scanFile()).with(demo.as(HOUSING_CASEWORKER)).with(csrf())
				.param("office", offices.mayor().id().toString())).andExpect(status().isForbidden());

		String step2 = upload(Role.CASEWORKER, "letter.pdf", ScannedLetters.pdf("Dear Mayor,"));
		mvc.perform(get(step2).with(demo.as(HOUSING_CASEWORKER))).andExpect(status().isForbidden());
		mvc.perform(post(step2).with(demo.as(HOUSING_CASEWORKER)).with(csrf()).param("writerName", "X")
				.param("subject", "Y").param("type", "GENERAL").param("receivedOn", LocalDate.now(clock).toString()))
				.andExpect(status().isForbidden());
		mvc.perform(get("/intake/post/" + UUID.randomUUID()).with(demo.as(Role.CASEWORKER))).andExpect(status().isNotFound());
	}

	/** Uploads a scan to the Mayor's office as {@code role}; the address of step 2. */
	private String upload(Role role, String filename, byte[] content) throws Exception {
		return mvc.perform(multipart("/intake/post").file(new MockMultipartFile("scan", filename, "application/pdf", content))
				.with(as(role)).with(csrf()).param("office", offices.mayor().id().toString()))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/intake/post/*"))
				.andReturn().getResponse().getRedirectedUrl();
	}

	private RequestPostProcessor as(Role role) {
		return demo.as(role);
	}

	private static MockMultipartFile scanFile() {
		return new MockMultipartFile("scan", "letter.pdf", "application/pdf", ScannedLetters.pdf("Dear Mayor,"));
	}

	private static org.springframework.test.web.servlet.ResultMatcher content(String... texts) {
		return result -> assertThat(result.getResponse().getContentAsString()).contains(texts);
	}
}
