package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactManagement;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Without a mail server (the shared test context sets no spring.mail.host): post the letter instead. */
@IntegrationTest
class PostedLettersIT {

	@Autowired
	CaseIntake intake;
	@Autowired
	CaseWork work;
	@Autowired
	CaseAllocation allocation;
	@Autowired
	ContactManagement contacts;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	DemoStaff demo;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MockMvc mvc;

	@Test
	void withoutEmailThePageSaysSoAndMarkingAsPostedKeepsTheLetterToPrint() throws Exception {
		var cases = new LetterCases(intake, work, allocation, directory, demo);
		var rhian = contacts.findByEmail(cases.mayorsOffice().id(), "rhian.prys@example.com").orElseThrow();
		CaseFile c = cases.allocated(CaseType.GENERAL, rhian, "Environment");
		UUID id = c.id().value();
		work.saveDraft(demo.holding(Role.CASEWORKER), id, "<p>Annwyl Rhian, bydd y biniau'n cael eu casglu ddydd Llun.</p>");
		cases.toDispatch(c, Role.CHIEF_OF_STAFF);
		String page = "/cases/" + c.id();

		assertThat(page(page)).contains("Email is not set up", "Mark as posted").doesNotContain("Send by email");
		var refused = mvc.perform(post(page + "/send-email").with(demo.as(Role.CASEWORKER)).with(csrf()))
				.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(refused.getFlashMap().get("problem")).asString().contains("Email is not set up");
		assertThat(jdbc.queryForObject("select count(*) from reply_dispatch where case_id = ?", Long.class, id)).isZero();

		mvc.perform(post(page + "/dispatch").param("method", "post").with(demo.as(Role.CASEWORKER)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(page(page)).contains("Reply dispatched by post", c.reference() + "-letter.pdf");
		UUID pdf = jdbc.queryForObject("select id from document where owner_id = ?", UUID.class, c.id().toString());
		byte[] letter = mvc.perform(get(page + "/documents/" + pdf).with(demo.as(Role.CASEWORKER)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(letter)) {
			assertThat(new PDFTextStripper().getText(document)).contains("Rhian Prys", "14 Heol y Felin",
					"Ein cyfeirnod: " + c.reference(), "bydd y biniau'n cael eu casglu");
		}
	}

	private String page(String url) throws Exception {
		return mvc.perform(get(url).with(demo.as(Role.CASEWORKER))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
	}
}
