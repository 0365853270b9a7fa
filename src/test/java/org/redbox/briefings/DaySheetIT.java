package org.redbox.briefings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.redbox.diary.Attendee;
import org.redbox.diary.EntryId;
import org.redbox.directory.Role;
import org.redbox.notifications.internal.BriefingNotices;
import org.redbox.support.DemoOffices;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.redbox.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Briefings falling due: reminders and overdue notices as the clock moves, and the day sheet that shows them. */
@IntegrationTest
@Import(BriefingFixtures.class)
class DaySheetIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DemoOffices offices;
	@Autowired
	BriefingFixtures fixtures;
	@Autowired
	BriefingNotices notices;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTeamIsRemindedAsABriefingComesDueAndTeamAndCommissionerOnceItIsOverdue() throws Exception {
		EntryId entry = fixtures.engagement(BriefingFixtures.unique("Lunch with the bishop"), fixtures.today().plusDays(4),
				"12:30", "14:00", "The Deanery", false, List.of());
		String id = commission(entry, fixtures.today().toString());
		var policy = demo.holding(Role.POLICY_OFFICER).id().value();
		var diaryManager = demo.holding(Role.DIARY_MANAGER).id().value();
		await().atMost(Duration.ofSeconds(10)).until(() -> kindsFor(id, policy).contains("BRIEFING_REQUESTED"));

		notices.sweepDueBriefings();
		notices.sweepDueBriefings();
		assertThat(kindsFor(id, policy)).containsOnlyOnce("DUE_SOON");
		assertThat(kindsFor(id, diaryManager)).doesNotContain("DUE_SOON", "OVERDUE");

		clock.advance(Duration.ofDays(1));
		try {
			notices.sweepDueBriefings();
			assertThat(kindsFor(id, policy)).contains("OVERDUE");
			assertThat(kindsFor(id, diaryManager)).containsOnlyOnce("OVERDUE");
			assertThat(jdbc.queryForList("select message from notice where record_id = ?", String.class, UUID.fromString(id)))
					.allSatisfy(message -> assertThat(message).doesNotContain("Lunch with the bishop"));
		}
		finally {
			clock.advance(Duration.ofDays(-1));
		}
	}

	@Test
	void theDaySheetShowsTheDayWithAnOverdueBriefingOnThePageAndInThePdf() throws Exception {
		var day = fixtures.today().plusDays(2);
		String visit = BriefingFixtures.unique("Visit to the food bank");
		String dentist = BriefingFixtures.unique("Dentist");
		EntryId engagement = fixtures.engagement(visit, day, "10:00", "11:00", "Larkfield Food Bank", false,
				List.of(Attendee.other("Ruth Okonjo", "Coordinator", "Larkfield Food Bank")));
		fixtures.engagement(dentist, day, "15:00", "15:30", "High Street Dental Practice", true, List.of());
		commission(engagement, fixtures.today().toString());
		clock.advance(Duration.ofDays(1));
		try {
			String sheet = page("/diary/" + fixtures.mayors() + "/day-sheet?date=" + day, Role.DIARY_MANAGER);
			String caseworkers = page("/diary/" + fixtures.mayors() + "/day-sheet?date=" + day, Role.CASEWORKER);
			byte[] pdf = mvc.perform(get("/diary/" + fixtures.mayors() + "/day-sheet.pdf").param("date", day.toString())
					.with(demo.as(Role.PRINCIPAL))).andReturn().getResponse().getContentAsByteArray();

			assertThat(sheet).contains(visit, "10:00\u201311:00", "Larkfield Food Bank", "Allow 25 minutes to get there",
					"Ruth Okonjo (Coordinator, Larkfield Food Bank)", "Purpose: " + visit, "OVERDUE",
					"A briefing for this day is OVERDUE", dentist, "Dana Hughes, Diary manager");
			assertThat(caseworkers).contains(visit, "Busy").doesNotContain(dentist);
			try (var document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains(visit, dentist, "Ruth Okonjo", "OVERDUE",
						"Contact on the day");
			}
		}
		finally {
			clock.advance(Duration.ofDays(-1));
		}
	}

	private String commission(EntryId entry, String due) throws Exception {
		String location = mvc.perform(post("/briefings").param("diary", fixtures.mayors().toString()).param("entry", entry.toString())
				.param("team", offices.mayorsTeam("Policy and briefings").toString()).param("request", "Background")
				.param("due", due).with(demo.as(Role.DIARY_MANAGER)).with(csrf())).andReturn().getResponse().getRedirectedUrl();
		return location.substring("/briefings/".length());
	}

	private List<String> kindsFor(String briefing, UUID recipient) {
		return jdbc.queryForList("select kind from notice where record_id = ? and recipient_id = ?", String.class,
				UUID.fromString(briefing), recipient);
	}

	private String page(String path, Role role) throws Exception {
		return mvc.perform(get(path).with(demo.as(role))).andReturn().getResponse().getContentAsString();
	}
}
