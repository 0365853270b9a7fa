package org.redbox.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;

import org.junit.jupiter.api.Test;
import org.redbox.diary.internal.DiaryAdministration;
import org.redbox.directory.Role;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@Import(DiaryFixtures.class)
class DiaryFeedIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DiaryFixtures diary;
	@Autowired
	DiaryAdministration administration;
	@Autowired
	AuditedActions audit;

	@Test
	void theFeedParsesStrictlyWithSeriesExceptionsAndOverridesAndNeverCarriesAPrivateTitle() throws Exception {
		String secretTitle = DiaryFixtures.unique("Private: hospital appointment");
		String secretPlace = DiaryFixtures.unique("St Mary's Hospital");
		diary.add(secretTitle, diary.today().plusDays(2), "08:00", "09:00", secretPlace, true,
				List.of(Attendee.other("Dr Imogen Rees", "Consultant", "St Mary's")), null);
		String seriesTitle = DiaryFixtures.unique("Cabinet");
		var monday = diary.today().plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
		EntryId series = diary.add(seriesTitle, monday, "09:00", "10:00", "City Hall", false, List.of(),
				RecurrenceRule.parse("FREQ=WEEKLY;COUNT=6"));
		var manager = demo.holding(Role.DIARY_MANAGER);
		administration.cancelOccurrence(manager, diary.mayors(), series, LocalDateTime.of(monday.plusWeeks(1), java.time.LocalTime.of(9, 0)));
		administration.moveOccurrence(manager, diary.mayors(), series, LocalDateTime.of(monday.plusWeeks(2), java.time.LocalTime.of(9, 0)),
				EntryTime.timed(LocalDateTime.of(monday.plusWeeks(2).plusDays(1), java.time.LocalTime.of(14, 0)),
						LocalDateTime.of(monday.plusWeeks(2).plusDays(1), java.time.LocalTime.of(15, 0)), EntryTime.LONDON));

		byte[] feed = mvc.perform(get(feedPath(renew(Role.DIARY_MANAGER)))).andReturn().getResponse().getContentAsByteArray();
		String text = new String(feed, StandardCharsets.UTF_8);

		assertThat(text).doesNotContain(secretTitle, secretPlace, "Dr Imogen Rees");
		Calendar calendar = strictlyParsed(text);
		calendar.validate();
		List<VEvent> events = calendar.getComponents("VEVENT");
		VEvent busy = events.stream().filter(e -> e.getProperty("CLASS").map(p -> p.getValue().equals("PRIVATE")).orElse(false))
				.filter(e -> e.getProperty("DTSTART").orElseThrow().getValue().startsWith(diary.today().plusDays(2).toString().replace("-", "") + "T08"))
				.findFirst().orElseThrow();
		assertThat(busy.getProperty("SUMMARY").orElseThrow().getValue()).isEqualTo("Busy");
		assertThat(busy.getProperty("LOCATION")).isEmpty();
		assertThat(busy.getProperty("DESCRIPTION")).isEmpty();
		List<VEvent> cabinet = events.stream().filter(e -> e.getProperty("SUMMARY").orElseThrow().getValue().equals(seriesTitle)).toList();
		assertThat(cabinet).hasSize(2).allSatisfy(e -> assertThat(e.getProperty("UID").orElseThrow().getValue()).isEqualTo(series + "@redbox"));
		assertThat(cabinet.get(0).getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=WEEKLY;COUNT=6");
		assertThat(cabinet.get(0).getProperty("EXDATE").orElseThrow().getValue()).isEqualTo(monday.plusWeeks(1).toString().replace("-", "") + "T090000");
		assertThat(cabinet.get(1).getProperty("RECURRENCE-ID").orElseThrow().getValue()).isEqualTo(monday.plusWeeks(2).toString().replace("-", "") + "T090000");
		assertThat(text).contains("BEGIN:VTIMEZONE", "TZID:Europe/London", "DTSTART;TZID=Europe/London:");
	}

	@Test
	void renewingRevokesTheOldLinkAndRevokingLeavesNone() throws Exception {
		String first = renew(Role.PRINCIPAL);
		assertThat(mvc.perform(get(feedPath(first))).andReturn().getResponse().getStatus()).isEqualTo(200);

		String second = renew(Role.DIARY_MANAGER);
		assertThat(mvc.perform(get(feedPath(first))).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get(feedPath(second))).andReturn().getResponse().getContentType()).startsWith("text/calendar");

		mvc.perform(post("/diary/" + diary.mayors() + "/feed/revoke").with(demo.as(Role.PRINCIPAL)).with(csrf()));
		assertThat(mvc.perform(get(feedPath(second))).andReturn().getResponse().getStatus()).isEqualTo(404);
		audit.awaitContains(diary.mayors().toString(), "DiaryFeedRenewed", "DiaryFeedRevoked");
	}

	@Test
	void aGuessedSecretFindsNothing() throws Exception {
		assertThat(mvc.perform(get("/diary-feeds/not-a-real-secret.ics")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	private String renew(Role role) throws Exception {
		Object url = mvc.perform(post("/diary/" + diary.mayors() + "/feed").with(demo.as(role)).with(csrf())).andReturn()
				.getFlashMap().get("feedUrl");
		assertThat(url).as("%s was given a feed link", role).isNotNull();
		return url.toString().substring(url.toString().lastIndexOf('/') + 1).replace(".ics", "");
	}

	private static String feedPath(String secret) {
		return "/diary-feeds/" + secret + ".ics";
	}

	private static Calendar strictlyParsed(String text) throws Exception {
		assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING)).isFalse();
		assertThat(CompatibilityHints.isHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING)).isFalse();
		return new CalendarBuilder().build(new StringReader(text));
	}
}
