package org.redbox.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.redbox.diary.internal.DiaryAdministration;
import org.redbox.directory.Role;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import(DiaryFixtures.class)
class DiaryIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DiaryFixtures diary;
	@Autowired
	AuditedActions audit;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	DiaryAdministration administration;

	@Test
	void everyPrincipalsPostHasADiaryAndTheMayorsHasTheDemoWeek() throws Exception {
		String page = mvc.perform(get("/diary/" + diary.mayors()).with(demo.as(Role.DIARY_MANAGER))).andReturn().getResponse()
				.getContentAsString();

		assertThat(jdbc.queryForObject("select count(*) from principal_post p where not exists (select 1 from diary d where d.post_id = p.id)",
				Integer.class)).isZero();
		assertThat(page).contains("Weekly briefing with the head of office", "Monday", "Sunday", "Add an entry");
	}

	@Test
	void aDiaryManagerAddsAnEntryIsWarnedOfTheClashItMakesAndTheChangeIsAudited() throws Exception {
		String existing = DiaryFixtures.unique("Opening of the Central Library");
		var day = diary.today().plusDays(20);
		diary.add(existing, day, "10:00", "11:00", "Central Library", false, List.of(), null);
		String title = DiaryFixtures.unique("Visit to the bus depot");

		var result = mvc.perform(post("/diary/" + diary.mayors() + "/entries").with(demo.as(Role.DIARY_MANAGER)).with(csrf())
				.param("kind", "ENGAGEMENT").param("title", title).param("date", day.toString()).param("startTime", "11:10")
				.param("endTime", "12:00").param("zone", "Europe/London").param("location", "Exampleton bus depot")
				.param("repeat", "NONE").param("attendees[0].name", "Cllr Megan Ashworth")
				.param("attendees[0].role", "Chair of transport").param("attendees[0].email", "cllr.ashworth@exampleton.gov.uk"))
				.andReturn();

		@SuppressWarnings("unchecked")
		List<String> warnings = (List<String>) result.getFlashMap().get("warnings");
		assertThat(warnings).anySatisfy(warning -> assertThat(warning).contains("Only 10 minutes", existing, title));
		assertThat(result.getResponse().getHeader("Server-Timing")).as("the clash check's time, for the load harness")
				.matches("clash;desc=\"Clash check\";dur=\\d+\\.\\d{2}");
		String id = result.getResponse().getRedirectedUrl().substring(result.getResponse().getRedirectedUrl().lastIndexOf('/') + 1);
		audit.awaitContains(id, "DiaryEntryAdded");
		assertThat(jdbc.queryForObject("select kind from diary_entry_attendee where entry_id = ?", String.class,
				java.util.UUID.fromString(id))).isEqualTo("CONTACT");

		String page = mvc.perform(get("/diary/" + diary.mayors() + "/entries/" + id).with(demo.as(Role.CHIEF_OF_STAFF)))
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Cllr Megan Ashworth (Chair of transport, Exampleton Borough Council)");
		assertThat(audit.of(id)).contains("Viewed");
	}

	@Test
	void aWeeklySeriesIsWarnedOfWhatClashesWithAnyOfItsOccurrences() throws Exception {
		java.time.LocalDate monday = diary.today().plusWeeks(30).with(java.time.DayOfWeek.MONDAY);
		String onTheFifth = DiaryFixtures.unique("Launch of the river strategy");
		diary.add(onTheFifth, monday.plusWeeks(4), "08:30", "09:30", "City Hall", false, List.of(), null);
		String afterTheThird = DiaryFixtures.unique("Visit to Croydon Town Hall");
		diary.add(afterTheThird, monday.plusWeeks(2), "10:10", "11:00", "Croydon Town Hall", false, List.of(), null);
		String midweek = DiaryFixtures.unique("Thursday reception");
		diary.add(midweek, monday.plusWeeks(1).plusDays(3), "09:00", "10:00", "Guildhall", false, List.of(), null);
		String title = DiaryFixtures.unique("Monday planning meeting");

		var result = mvc.perform(post("/diary/" + diary.mayors() + "/entries").with(demo.as(Role.DIARY_MANAGER)).with(csrf())
				.param("kind", "MEETING").param("title", title).param("date", monday.toString()).param("startTime", "09:00")
				.param("endTime", "10:00").param("zone", "Europe/London").param("location", "Mayor's office")
				.param("repeat", "WEEKLY").param("repeatUntil", monday.plusWeeks(7).toString()))
				.andReturn();

		@SuppressWarnings("unchecked")
		List<String> warnings = (List<String>) result.getFlashMap().get("warnings");
		assertThat(warnings).as("an overlap with the fifth Monday, too little travel after the third, nothing midweek")
				.anySatisfy(warning -> assertThat(warning).contains(onTheFifth, title))
				.anySatisfy(warning -> assertThat(warning).contains("Only 10 minutes", afterTheThird, title))
				.noneSatisfy(warning -> assertThat(warning).contains(midweek));
	}

	@Test
	void entriesThatBeganBeforeTheWeekShowInItWhetherTheySpanDaysWeeksOrYears() throws Exception {
		var manager = demo.holding(Role.DIARY_MANAGER);
		var monday = diary.today().plusWeeks(30).with(java.time.DayOfWeek.MONDAY);
		String trip = DiaryFixtures.unique("Trade mission to Toronto");
		String recess = DiaryFixtures.unique("Summer recess");
		String series = DiaryFixtures.unique("Weekly surgery");
		String before = DiaryFixtures.unique("Earlier conference");
		administration.add(manager, diary.mayors(), EntryDetails.simple(EntryKind.TRAVEL, trip, EntryTime.timed(
				monday.minusDays(4).atTime(7, 0), monday.plusDays(1).atTime(20, 0), EntryTime.LONDON), null));
		administration.add(manager, diary.mayors(), EntryDetails.simple(EntryKind.PROTECTED, recess,
				EntryTime.allDay(monday.minusWeeks(3), monday.plusWeeks(2), EntryTime.LONDON), null));
		diary.add(series, monday.minusYears(2).plusDays(2), "17:00", "18:00", "Ward office", false, List.of(),
				RecurrenceRule.parse("FREQ=WEEKLY"));
		administration.add(manager, diary.mayors(), EntryDetails.simple(EntryKind.ENGAGEMENT, before,
				EntryTime.allDay(monday.minusDays(9), monday.minusDays(1), EntryTime.LONDON), null));

		String week = mvc.perform(get("/diary/" + diary.mayors()).param("date", monday.plusDays(3).toString())
				.with(demo.as(Role.DIARY_MANAGER))).andReturn().getResponse().getContentAsString();

		assertThat(week).contains(trip, recess, series).doesNotContain(before);
	}

	@Test
	void badInputShowsTheErrorsAndAddsNothing() throws Exception {
		String page = mvc.perform(post("/diary/" + diary.mayors() + "/entries").with(demo.as(Role.DIARY_MANAGER)).with(csrf())
				.param("kind", "MEETING").param("title", "").param("date", diary.today().toString()).param("startTime", "14:00")
				.param("endTime", "13:00").param("repeat", "CUSTOM").param("rule", "every other tuesday")
				.param("attendees[0].email", "nobody.known@example.com"))
				.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("There is a problem", "Enter a title", "The end must be after the start",
				"Attendee 1: enter their name");
	}

	@Test
	void theDayAndAgendaViewsShowWhoThePrincipalMeetsAndRecordTheRead() throws Exception {
		String title = DiaryFixtures.unique("Lunch with the Tenants Association");
		diary.add(title, diary.today().plusDays(1), "12:30", "13:30", "The Old Library", false,
				List.of(Attendee.other("Ruth Okonjo", "Secretary", "Exampleton Tenants' Association")), null);

		String agenda = mvc.perform(get("/diary/" + diary.mayors()).param("view", "agenda").with(demo.as(Role.PRINCIPAL)))
				.andReturn().getResponse().getContentAsString();
		String emptyWeek = mvc.perform(get("/diary/" + diary.mayors()).param("view", "week")
				.param("date", "2001-01-01").with(demo.as(Role.PRINCIPAL))).andReturn().getResponse()
				.getContentAsString();

		assertThat(agenda).contains(title, "Ruth Okonjo (Secretary, Exampleton Tenants&#39; Association)", "Next two weeks");
		assertThat(emptyWeek).contains("Nothing in the diary this week.");
		assertThat(audit.of(diary.mayors().toString())).contains("Viewed");
	}

	@Test
	void aMovedOccurrenceShowsOnItsNewDayAndACancelledOneNowhere() throws Exception {
		String title = DiaryFixtures.unique("Surgery");
		var monday = diary.today().plusWeeks(3).with(java.time.DayOfWeek.MONDAY);
		EntryId series = diary.add(title, monday, "17:00", "18:00", "Ward office", false, List.of(), RecurrenceRule.parse("FREQ=DAILY;COUNT=5"));
		String base = "/diary/" + diary.mayors() + "/entries/" + series;

		mvc.perform(post(base + "/occurrences/cancel").param("original", monday.plusDays(1) + "T17:00")
				.with(demo.as(Role.DIARY_MANAGER)).with(csrf()));
		mvc.perform(post(base + "/occurrences/move").param("original", monday.plusDays(2) + "T17:00")
				.param("date", monday.plusDays(5).toString()).param("startTime", "10:00").param("endTime", "11:00")
				.with(demo.as(Role.DIARY_MANAGER)).with(csrf()));

		String week = mvc.perform(get("/diary/" + diary.mayors()).param("date", monday.toString()).with(demo.as(Role.CASEWORKER)))
				.andReturn().getResponse().getContentAsString();
		assertThat(week.split(java.util.regex.Pattern.quote("/entries/" + series + "\""), -1)).as("links to its occurrences").hasSize(5);
		assertThat(week).contains("10:00\u201311:00");
		audit.awaitContains(series.toString(), "DiaryOccurrenceCancelled", "DiaryOccurrenceMoved");
	}
}
