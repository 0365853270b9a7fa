package org.redbox.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.diary.internal.DiaryWindows;
import org.redbox.diary.internal.IcsImport;
import org.redbox.directory.Role;
import org.redbox.support.AuditedActions;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
@Import(DiaryFixtures.class)
class DiaryIcsImportIT {

	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DiaryFixtures diary;
	@Autowired
	DiaryWindows windows;
	@Autowired
	AuditedActions audit;

	final String run = UUID.randomUUID().toString().substring(0, 8);
	final String series = "Partnership board " + run;
	final String away = "Trade mission " + run;
	final String secret = "Consultant appointment " + run;
	final String webinar = "Webinar " + run;

	/**
	 * A partner's file: a Thursday 10:00 London series from 15 October 2026 across the clock change on
	 * 25 October, the 29 October occurrence excepted and the 5 November one moved to 14:00; an
	 * all-day trip; a confidential appointment; and a meeting in UTC.
	 */
	String partnerFile() {
		return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Partner//Calendar//EN",
				"BEGIN:VEVENT", "UID:board-" + run + "@partner.example", "DTSTAMP:20260901T120000Z",
				"DTSTART;TZID=Europe/London:20261015T100000", "DTEND;TZID=Europe/London:20261015T113000",
				"RRULE:FREQ=WEEKLY;COUNT=6", "EXDATE;TZID=Europe/London:20261029T100000",
				"SUMMARY:" + series, "LOCATION:Civic Centre, Room 2", "DESCRIPTION:Quarterly review of the partnership.",
				"END:VEVENT",
				"BEGIN:VEVENT", "UID:board-" + run + "@partner.example", "DTSTAMP:20260901T120000Z",
				"RECURRENCE-ID;TZID=Europe/London:20261105T100000",
				"DTSTART;TZID=Europe/London:20261105T140000", "DTEND;TZID=Europe/London:20261105T153000",
				"SUMMARY:" + series, "END:VEVENT",
				"BEGIN:VEVENT", "UID:trip-" + run + "@partner.example", "DTSTAMP:20260901T120000Z",
				"DTSTART;VALUE=DATE:20261117", "DTEND;VALUE=DATE:20261119", "SUMMARY:" + away, "END:VEVENT",
				"BEGIN:VEVENT", "UID:secret-" + run + "@partner.example", "DTSTAMP:20260901T120000Z",
				"DTSTART;TZID=Europe/London:20261120T083000", "DTEND;TZID=Europe/London:20261120T093000",
				"CLASS:CONFIDENTIAL", "SUMMARY:" + secret, "END:VEVENT",
				"BEGIN:VEVENT", "UID:webinar-" + run + "@partner.example", "DTSTAMP:20260901T120000Z",
				"DTSTART:20260710T150000Z", "DTEND:20260710T160000Z", "SUMMARY:" + webinar, "END:VEVENT",
				"END:VCALENDAR", "");
	}

	@Test
	void aPartnersFileBecomesEntriesInLondonTimeAcrossTheClockChangeAndImportingItAgainAddsNothing() throws Exception {
		MvcResult first = upload(partnerFile());
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/diary/" + diary.mayors() + "/import");
		IcsImport.Outcome outcome = (IcsImport.Outcome) first.getFlashMap().get("outcome");
		assertThat(outcome.added()).isEqualTo(4);

		List<Occurrence> board = occurrences(series);
		assertThat(board).extracting(o -> o.time().start()).containsExactly(
				LocalDateTime.parse("2026-10-15T10:00"), LocalDateTime.parse("2026-10-22T10:00"),
				LocalDateTime.parse("2026-11-05T14:00"), LocalDateTime.parse("2026-11-12T10:00"),
				LocalDateTime.parse("2026-11-19T10:00"));
		assertThat(board.get(0).startInstant()).isEqualTo(Instant.parse("2026-10-15T09:00:00Z"));
		assertThat(board.get(3).startInstant()).isEqualTo(Instant.parse("2026-11-12T10:00:00Z"));
		assertThat(board.get(0).time().end()).isEqualTo(LocalDateTime.parse("2026-10-15T11:30"));
		assertThat(board).allSatisfy(o -> assertThat(o.kind()).isEqualTo(EntryKind.ENGAGEMENT));

		Occurrence trip = occurrences(away).get(0);
		assertThat(trip.allDay()).isTrue();
		assertThat(trip.time().lastDay()).isEqualTo(LocalDate.parse("2026-11-18"));
		Occurrence appointment = occurrences(secret).get(0);
		assertThat(appointment.privateEntry()).isTrue();
		assertThat(occurrences(webinar).get(0).time().start()).isEqualTo(LocalDateTime.parse("2026-07-10T16:00"));

		IcsImport.Outcome again = (IcsImport.Outcome) upload(partnerFile()).getFlashMap().get("outcome");
		assertThat(again.added()).isZero();
		assertThat(again.unchanged()).isEqualTo(4);
		assertThat(occurrences(series)).hasSize(5);
		assertThat(occurrences(away)).hasSize(1);
		audit.awaitContains(diary.mayors().toString(), "DiaryCalendarImported");

		String moved = partnerFile().replace("LOCATION:Civic Centre, Room 2", "LOCATION:Town Hall").replace("EXDATE;TZID=Europe/London:20261029T100000\r\n", "");
		IcsImport.Outcome changed = (IcsImport.Outcome) upload(moved).getFlashMap().get("outcome");
		assertThat(changed.updated()).isEqualTo(1);
		assertThat(occurrences(series)).hasSize(6).allSatisfy(o -> assertThat(o.location()).isEqualTo("Town Hall"));
	}

	@Test
	void aFileWithOneBadEventImportsNothingAndSaysWhy() throws Exception {
		String broken = partnerFile().replace("END:VCALENDAR", String.join("\r\n", "BEGIN:VEVENT", "UID:bad-" + run,
				"DTSTAMP:20260901T120000Z", "DTSTART;TZID=Europe/London:20261201T100000", "RRULE:FREQ=HOURLY",
				"SUMMARY:Every hour", "END:VEVENT", "END:VCALENDAR"));
		MvcResult result = upload(broken);

		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString()).contains("The event “Every hour” cannot go in a diary", "at most daily");
		assertThat(occurrences(series)).isEmpty();
		assertThat(occurrences(away)).isEmpty();

		MvcResult garbage = upload("this is not a calendar");
		assertThat(garbage.getResponse().getStatus()).isEqualTo(422);
		assertThat(garbage.getResponse().getContentAsString()).contains("not an iCalendar file Redbox can read");
	}

	@Test
	void onlyDiaryManagersImport() throws Exception {
		var file = new MockMultipartFile("file", "partner.ics", "text/calendar", partnerFile().getBytes(StandardCharsets.UTF_8));
		int status = mvc.perform(multipart("/diary/" + diary.mayors() + "/import").file(file).with(demo.as(Role.CASEWORKER)).with(csrf()))
				.andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(403);
		assertThat(occurrences(series)).isEmpty();
	}

	private MvcResult upload(String text) throws Exception {
		var file = new MockMultipartFile("file", "partner.ics", "text/calendar", text.getBytes(StandardCharsets.UTF_8));
		return mvc.perform(multipart("/diary/" + diary.mayors() + "/import").file(file).with(demo.as(Role.DIARY_MANAGER)).with(csrf()))
				.andReturn();
	}

	private List<Occurrence> occurrences(String title) {
		return windows.window(demo.holding(Role.DIARY_MANAGER), diary.mayors(), Instant.parse("2026-06-01T00:00:00Z"),
				Instant.parse("2027-01-01T00:00:00Z"), false).occurrences().stream().filter(o -> o.title().equals(title)).toList();
	}
}
