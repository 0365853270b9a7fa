package org.redbox.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.internal.CaseQueries;
import org.redbox.directory.Role;
import org.redbox.intake.post.ScannedLetters;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A scanned letter whose PDF makes Tika spin (2,400,000 separately placed characters on one page,
 * a 10 MB file) is stopped by the extraction time limit, set to half a second here: the scan is
 * kept, the page says why there is no text, the letter is logged by hand, and the next scan is read
 * as usual. The margins are the machine's, both ways: on a quiet 2-core machine with PDFBox warmed
 * up the spinning file takes about 3 seconds (600,000 characters had taken 1.2, within the 2 seconds
 * this test used to allow), a one-page letter a few hundredths.
 */
@IntegrationTest
@TestPropertySource(properties = "redbox.documents.text-extraction.timeout=PT0.5S")
class SlowScanIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	CaseQueries cases;
	@Autowired
	DemoOffices offices;
	@Autowired
	DemoStaff demo;
	@Autowired
	Clock clock;

	@Test
	void aPdfThatMakesTikaSpinIsStoppedAtTheLimitTheLetterIsStillLoggedAndTheNextScanIsRead() throws Exception {
		// PDFBox's first PDF loads its fonts, which takes seconds on a busy machine: not what is measured here.
		upload("warm-up.pdf", ScannedLetters.pdf("Warm up"));

		String step2 = upload("spinning.pdf", ScannedLetters.spinning(2_400_000));

		String page = page(step2);
		assertThat(page).contains("spinning.pdf", "Reading the file took longer than 500 milliseconds, so its text was not read.",
				"You can still log the letter");
		String casePage = mvc.perform(post(step2).with(demo.as(Role.CASEWORKER)).with(csrf())
				.param("writerName", "Olu Bankole").param("subject", "Bus shelter on Quay Street").param("type", "GENERAL")
				.param("receivedOn", LocalDate.now(clock).toString()).param("text", "Asks for the bus shelter to be repaired."))
				.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/*"))
				.andReturn().getResponse().getRedirectedUrl();
		var logged = cases.view(demo.holding(Role.CASEWORKER), UUID.fromString(casePage.substring("/cases/".length())))
				.caseFile();
		assertThat(logged.channel()).isEqualTo(Channel.LETTER);
		assertThat(logged.subject()).isEqualTo("Bus shelter on Quay Street");

		String next = upload("next.pdf", ScannedLetters.pdf("Dear Mayor,", "The library roof leaks."));
		assertThat(page(next)).contains("The library roof leaks.");
	}

	private String upload(String filename, byte[] scan) throws Exception {
		return mvc.perform(multipart("/intake/post").file(new MockMultipartFile("scan", filename, "application/pdf", scan))
				.with(demo.as(Role.CASEWORKER)).with(csrf()).param("office", offices.mayor().id().toString()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
	}

	private String page(String step2) throws Exception {
		return mvc.perform(get(step2).with(demo.as(Role.CASEWORKER))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
	}
}
