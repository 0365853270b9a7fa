package org.redbox.diary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;
import org.redbox.diary.Attendee;
import org.redbox.diary.Diary;
import org.redbox.diary.DiaryEntry;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.EntryKind;
import org.redbox.diary.EntryTime;
import org.redbox.diary.RecurrenceRule;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The feed's text, read back by ical4j's strict parser: what each entry says arrives as it was said. */
class FeedWriterTest {

	private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
	private static final Actor DANA = Actor.anonymous("Dana Hughes");
	private final Diary diary = Diary.open(OfficeId.random(), UUID.randomUUID(), "Maer Caerdydd, Mayor; of \\ Cardiff", DANA, NOW);

	@Test
	void textWithCommasSemicolonsBackslashesAndLineBreaksReadsBackAsItWasWritten() throws Exception {
		String notes = "Bring the report, the map; and C:\\plans.\r\nThen lunch.\nCroeso i Gymru — ŵ ŷ 😀, " + "long ".repeat(40);
		DiaryEntry entry = entry(new EntryDetails(EntryKind.ENGAGEMENT, "Opening, Senedd; \"new\" wing", timed(2026, 7, 1, 10),
				"Pierhead, Cardiff Bay", List.of(Attendee.other("Rhian Jones", "Llywydd", "Senedd Cymru")), notes, false, null,
				Set.of(), null));

		Calendar calendar = parsed(FeedWriter.write(diary, List.of(entry)));

		assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo(diary.title());
		VEvent event = calendar.<VEvent>getComponents("VEVENT").get(0);
		assertThat(value(event, "SUMMARY")).isEqualTo("Opening, Senedd; \"new\" wing");
		assertThat(value(event, "LOCATION")).isEqualTo("Pierhead, Cardiff Bay");
		assertThat(value(event, "DESCRIPTION")).isEqualTo("Engagement\n\nWith: Rhian Jones (Llywydd, Senedd Cymru)\n\n"
				+ notes.strip().replace("\r\n", "\n"));
		assertThat(value(event, "UID")).isEqualTo(entry.id() + "@redbox");
		assertThat(value(event, "DTSTART")).isEqualTo("20260701T100000");
		assertThat(event.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/London");
	}

	@Test
	void noLineIsLongerThanSeventyFiveOctetsAndNoFoldSplitsACharacter() {
		String title = "Ymweliad â Chanolfan y Mileniwm 😀 ".repeat(12);
		String text = FeedWriter.write(diary, List.of(entry(EntryDetails.simple(EntryKind.ENGAGEMENT, title, timed(2026, 7, 1, 10), null))));

		assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length)
				.as(line).isLessThanOrEqualTo(75));
		assertThat(text).doesNotContain("\uFFFD").endsWith("END:VCALENDAR\r\n");
		assertThat(text.replace("\r\n ", "")).contains("SUMMARY:" + title.strip());
	}

	@Test
	void aSeriesKeepsItsRuleWithACancelledOccurrenceExcludedAndAMovedOneOverridden() throws Exception {
		DiaryEntry series = entry(new EntryDetails(EntryKind.MEETING, "Cabinet", timed(2026, 7, 6, 9), "City Hall", List.of(), null,
				false, null, Set.of(), RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO;COUNT=6")));
		series.cancelOccurrence(LocalDateTime.of(2026, 7, 13, 9, 0), DANA, NOW);
		series.moveOccurrence(LocalDateTime.of(2026, 7, 20, 9, 0), timed(2026, 7, 21, 14), DANA, NOW);

		List<VEvent> events = parsed(FeedWriter.write(diary, List.of(series))).getComponents("VEVENT");

		assertThat(events).hasSize(2);
		assertThat(value(events.get(0), "RRULE")).isEqualTo("FREQ=WEEKLY;COUNT=6;BYDAY=MO");
		assertThat(value(events.get(0), "EXDATE")).isEqualTo("20260713T090000");
		assertThat(value(events.get(1), "RECURRENCE-ID")).isEqualTo("20260720T090000");
		assertThat(value(events.get(1), "DTSTART")).isEqualTo("20260721T140000");
		assertThat(value(events.get(1), "UID")).isEqualTo(value(events.get(0), "UID"));
	}

	@Test
	void anAllDayEntryIsWrittenWithDatesAndAPrivateOneAsBusyAlone() throws Exception {
		DiaryEntry recess = entry(EntryDetails.simple(EntryKind.PROTECTED, "Recess",
				EntryTime.allDay(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14), EntryTime.LONDON), null));
		DiaryEntry hospital = entry(new EntryDetails(EntryKind.MEETING, "Hospital appointment", timed(2026, 7, 2, 8),
				"St Mary's", List.of(Attendee.other("Dr Imogen Rees", "Consultant", null)), "Fasting", true, null, Set.of(), null));

		String text = FeedWriter.write(diary, List.of(recess, hospital));
		List<VEvent> events = parsed(text).getComponents("VEVENT");

		assertThat(value(events.get(0), "DTSTART")).isEqualTo("20260803");
		assertThat(value(events.get(0), "DTEND")).isEqualTo("20260815");
		assertThat(value(events.get(1), "SUMMARY")).isEqualTo("Busy");
		assertThat(value(events.get(1), "CLASS")).isEqualTo("PRIVATE");
		assertThat(text).doesNotContain("Hospital", "St Mary", "Imogen", "Fasting");
	}

	@Test
	void aCalDavResourceIsOneEntryUnderTheUidTheServerKnowsItBy() throws Exception {
		DiaryEntry entry = entry(EntryDetails.simple(EntryKind.ENGAGEMENT, "School visit", timed(2026, 7, 1, 10), null));

		Calendar calendar = parsed(FeedWriter.calendarOf(entry, "abc-123@example.org"));

		assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
		assertThat(calendar.<VEvent>getComponents("VEVENT")).singleElement()
				.satisfies(event -> assertThat(value(event, "UID")).isEqualTo("abc-123@example.org"));
	}

	private DiaryEntry entry(EntryDetails details) {
		return DiaryEntry.add(diary, details, DANA, NOW);
	}

	private static EntryTime timed(int year, int month, int day, int hour) {
		LocalDateTime start = LocalDateTime.of(year, month, day, hour, 0);
		return EntryTime.timed(start, start.plusHours(1), ZoneId.of("Europe/London"));
	}

	private static String value(VEvent event, String name) {
		return event.<Property>getProperty(name).orElseThrow().getValue();
	}

	private static Calendar parsed(String text) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		calendar.validate();
		return calendar;
	}
}
