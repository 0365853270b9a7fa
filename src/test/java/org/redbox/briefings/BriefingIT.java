package org.redbox.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.diary.EntryId;
import org.redbox.directory.Role;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import(BriefingFixtures.class)
class BriefingIT {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy");

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DemoOffices offices;
	@Autowired
	BriefingFixtures fixtures;
	@Autowired
	AuditedActions audit;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aBriefingIsCommissionedWrittenReturnedClearedAndShownOnTheEngagement() throws Exception {
		String title = BriefingFixtures.unique("Opening of the Riverside Library");
		var eventDay = fixtures.today().plusDays(20);
		EntryId entry = fixtures.engagement(title, eventDay, "10:00", "11:30", "Riverside Library", false, List.of());
		var due = fixtures.england().minusWorkingDays(eventDay, 3);

		String form = page(get("/briefings/new").param("diary", fixtures.mayors().toString()).param("entry", entry.toString()),
				Role.DIARY_MANAGER);
		assertThat(form).contains("Commission a briefing", title, "By default " + DAY.format(due));

		String id = commission(entry, "Background on the library trust, and lines on the closure of the old branch");
		assertThat(jdbc.queryForObject("select due_on from briefing where id = ?", java.sql.Date.class, UUID.fromString(id))
				.toLocalDate()).as("three working days before the event").isEqualTo(due);

		assertThat(page(get("/briefings"), Role.POLICY_OFFICER)).contains(title);
		mvc.perform(post("/briefings/" + id + "/text").param("content", "<h2>Background</h2><p>The trust was founded in 1921.</p>"
				+ "<script>alert('x')</script>").with(demo.as(Role.POLICY_OFFICER)).with(csrf()));
		mvc.perform(post("/briefings/" + id + "/submit").with(demo.as(Role.POLICY_OFFICER)).with(csrf()));
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");

		var noReason = mvc.perform(post("/briefings/" + id + "/return").param("reason", " ").with(demo.as(Role.CHIEF_OF_STAFF))
				.with(csrf())).andReturn();
		assertThat(noReason.getFlashMap().get("problem")).isEqualTo("Give the reason for returning the briefing");
		assertThat(statusOf(id)).as("nothing changed").isEqualTo("SUBMITTED");

		mvc.perform(post("/briefings/" + id + "/return").param("reason", "Add the lines on the branch closure")
				.with(demo.as(Role.CHIEF_OF_STAFF)).with(csrf()));
		assertThat(page(get("/briefings/" + id), Role.POLICY_OFFICER)).contains("Returned because", "Add the lines on the branch closure",
				"The trust was founded in 1921.").doesNotContain("<script>");
		mvc.perform(post("/briefings/" + id + "/submit").with(demo.as(Role.POLICY_OFFICER)).with(csrf()));
		mvc.perform(post("/briefings/" + id + "/clear").with(demo.as(Role.DIARY_MANAGER)).with(csrf()));
		assertThat(statusOf(id)).isEqualTo("CLEARED");

		String entryPage = page(get("/diary/" + fixtures.mayors() + "/entries/" + entry), Role.CHIEF_OF_STAFF);
		assertThat(entryPage).contains("Briefings", "Cleared", "Policy and briefings: briefing for");
		audit.awaitContains(id, "BriefingCommissioned", "BriefingDrafted", "BriefingSubmitted", "BriefingReturned",
				"BriefingCleared", "Viewed");
	}

	@Test
	void onlyTheOfficeAndTheTeamSeeABriefingAndOnlyTheTeamWritesIt() throws Exception {
		String title = BriefingFixtures.unique("Reception for the twin town");
		EntryId entry = fixtures.engagement(title, fixtures.today().plusDays(15), "18:00", "19:00", "City Hall", false, List.of());
		String id = commission(entry, "Who is coming from the twin town");

		mvc.perform(get("/briefings/" + id).with(demo.as("housing.caseworker@exampleton.gov.uk"))).andExpect(status().isNotFound());
		mvc.perform(get("/briefings/" + id).with(demo.as(Role.CASEWORKER))).andExpect(status().isNotFound());
		assertThat(page(get("/briefings"), "housing.caseworker@exampleton.gov.uk")).doesNotContain(title);
		mvc.perform(post("/briefings/" + id + "/text").param("content", "<p>Written by the diary manager</p>")
				.with(demo.as(Role.DIARY_MANAGER)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/briefings/" + id + "/clear").with(demo.as(Role.POLICY_OFFICER)).with(csrf()))
				.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select content_html from briefing where id = ?", String.class, UUID.fromString(id))).isNull();
		assertThat(statusOf(id)).isEqualTo("REQUESTED");
	}

	@Test
	void badInputIsExplainedAndCommissionsNothing() throws Exception {
		String title = BriefingFixtures.unique("Charity fun run");
		EntryId entry = fixtures.engagement(title, fixtures.today().plusDays(10), "09:00", "10:00", "Park", false, List.of());
		int before = jdbc.queryForObject("select count(*) from briefing where entry_id = ?", Integer.class, entry.value());

		String noTeam = page(post("/briefings").param("diary", fixtures.mayors().toString()).param("entry", entry.toString())
				.param("request", "Anything").with(csrf()), Role.DIARY_MANAGER);
		String late = page(post("/briefings").param("diary", fixtures.mayors().toString()).param("entry", entry.toString())
				.param("team", offices.mayorsTeam("Policy and briefings").toString()).param("request", "Anything")
				.param("due", fixtures.today().plusDays(11).toString()).with(csrf()), Role.DIARY_MANAGER);
		String empty = page(post("/briefings").param("diary", fixtures.mayors().toString()).param("entry", entry.toString())
				.param("team", offices.mayorsTeam("Policy and briefings").toString()).param("request", "  ").with(csrf()),
				Role.DIARY_MANAGER);

		assertThat(noTeam).contains("There is a problem", "Choose the team to ask");
		assertThat(late).contains("The briefing must be due no later than the day of the engagement");
		assertThat(empty).contains("Say what the briefing should cover");
		assertThat(jdbc.queryForObject("select count(*) from briefing where entry_id = ?", Integer.class, entry.value()))
				.isEqualTo(before);
		String submitEmpty = commission(entry, "Route and timings");
		var result = mvc.perform(post("/briefings/" + submitEmpty + "/submit").with(demo.as(Role.POLICY_OFFICER)).with(csrf()))
				.andReturn();
		assertThat(result.getFlashMap().get("problem")).isEqualTo("Write or upload the briefing before submitting it");
		assertThat(statusOf(submitEmpty)).isEqualTo("REQUESTED");
	}

	@Test
	void theTeamMayUploadTheBriefingAsADocument() throws Exception {
		String title = BriefingFixtures.unique("Business breakfast");
		EntryId entry = fixtures.engagement(title, fixtures.today().plusDays(12), "08:00", "09:00", "Guildhall", false, List.of());
		String id = commission(entry, "The chamber's asks");
		var file = new org.springframework.mock.web.MockMultipartFile("file", "breakfast-briefing.txt", "text/plain",
				"The chamber asks about business rates.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		var exe = new org.springframework.mock.web.MockMultipartFile("file", "run.exe", "application/octet-stream", new byte[] { 1 });

		var refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/briefings/" + id + "/document")
				.file(exe).with(demo.as(Role.POLICY_OFFICER)).with(csrf())).andReturn();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/briefings/" + id + "/document")
				.file(file).with(demo.as(Role.POLICY_OFFICER)).with(csrf()));
		mvc.perform(post("/briefings/" + id + "/submit").with(demo.as(Role.POLICY_OFFICER)).with(csrf()));

		assertThat(refused.getFlashMap().get("problem")).isEqualTo("Upload the briefing as PDF, Word, OpenDocument, RTF or text");
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		String download = mvc.perform(get("/briefings/" + id + "/document").with(demo.as(Role.CHIEF_OF_STAFF))).andReturn()
				.getResponse().getContentAsString();
		assertThat(download).isEqualTo("The chamber asks about business rates.");
	}

	private String commission(EntryId entry, String request) throws Exception {
		String location = mvc.perform(post("/briefings").param("diary", fixtures.mayors().toString()).param("entry", entry.toString())
				.param("team", offices.mayorsTeam("Policy and briefings").toString()).param("request", request)
				.with(demo.as(Role.DIARY_MANAGER)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/briefings/");
		return location.substring("/briefings/".length());
	}

	private String statusOf(String id) {
		return jdbc.queryForObject("select status from briefing where id = ?", String.class, UUID.fromString(id));
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Role role) throws Exception {
		return mvc.perform(request.with(demo.as(role))).andReturn().getResponse().getContentAsString();
	}

	private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String email) throws Exception {
		return mvc.perform(request.with(demo.as(email))).andReturn().getResponse().getContentAsString();
	}
}
