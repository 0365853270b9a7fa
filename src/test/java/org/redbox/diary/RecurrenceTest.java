package org.redbox.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.model.Recur;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** Series across the clock changes of 2026: Sunday 29 March (01:00 GMT to 02:00 BST) and Sunday 25 October. */
class RecurrenceTest {

	private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
	private static final Actor DANA = Actor.anonymous("Dana Hughes");
	private final Diary diary = Diary.open(OfficeId.random(), UUID.randomUUID(), "Mayor of Exampleton", DANA, NOW);

	@Test
	void aWeeklyNineOClockMondayMeetingStaysAtNineLocalTimeAcrossTheMarchChange() {
		DiaryEntry meeting = weekly("FREQ=WEEKLY;BYDAY=MO", LocalDateTime.of(2026, 3, 16, 9, 0));

		List<Occurrence> occurrences = meeting.occurrencesBetween(at("2026-03-16T00:00:00Z"), at("2026-04-07T00:00:00Z"));

		assertThat(occurrences).extracting(o -> o.start().toLocalDateTime()).containsExactly(
				LocalDateTime.of(2026, 3, 16, 9, 0), LocalDateTime.of(2026, 3, 23, 9, 0), LocalDateTime.of(2026, 3, 30, 9, 0),
				LocalDateTime.of(2026, 4, 6, 9, 0));
		assertThat(occurrences).extracting(Occurrence::startInstant).containsExactly(at("2026-03-16T09:00:00Z"),
				at("2026-03-23T09:00:00Z"), at("2026-03-30T08:00:00Z"), at("2026-04-06T08:00:00Z"));
	}

	@Test
	void andAcrossTheOctoberChange() {
		DiaryEntry meeting = weekly("FREQ=WEEKLY;BYDAY=MO", LocalDateTime.of(2026, 10, 19, 9, 0));

		List<Occurrence> occurrences = meeting.occurrencesBetween(at("2026-10-19T00:00:00Z"), at("2026-10-27T00:00:00Z"));

		assertThat(occurrences).extracting(o -> o.start().toLocalTime()).containsOnly(LocalTime.of(9, 0));
		assertThat(occurrences).extracting(Occurrence::startInstant).containsExactly(at("2026-10-19T08:00:00Z"),
				at("2026-10-26T09:00:00Z"));
	}

	@Test
	void anOccurrenceInTheSkippedHourTakesTheOffsetBeforeTheGapAsRfc5545Says() {
		DiaryEntry nightly = weekly("FREQ=WEEKLY;BYDAY=SU", LocalDateTime.of(2026, 3, 22, 1, 30));

		List<Occurrence> occurrences = nightly.occurrencesBetween(at("2026-03-28T00:00:00Z"), at("2026-03-30T00:00:00Z"));

		assertThat(occurrences).singleElement().satisfies(sunday -> {
			assertThat(sunday.startInstant()).isEqualTo(at("2026-03-29T01:30:00Z"));
			assertThat(sunday.start().toLocalTime()).isEqualTo(LocalTime.of(2, 30));
			assertThat(sunday.originalStart()).isEqualTo(LocalDateTime.of(2026, 3, 29, 1, 30));
		});
	}

	@Test
	void anOccurrenceInTheRepeatedHourIsTheFirstOfTheTwo() {
		DiaryEntry nightly = weekly("FREQ=WEEKLY;BYDAY=SU", LocalDateTime.of(2026, 10, 18, 1, 30));

		List<Occurrence> occurrences = nightly.occurrencesBetween(at("2026-10-24T00:00:00Z"), at("2026-10-26T00:00:00Z"));

		assertThat(occurrences).singleElement().extracting(Occurrence::startInstant).isEqualTo(at("2026-10-25T00:30:00Z"));
	}

	@Test
	void expandsOnlyWithinTheWindowEvenForASeriesWithoutEnd() {
		DiaryEntry daily = weekly("FREQ=DAILY", LocalDateTime.of(2016, 1, 4, 8, 0));

		assertThat(daily.occurrencesBetween(at("2026-06-01T00:00:00Z"), at("2026-06-08T00:00:00Z"))).hasSize(7);
	}

	@Test
	void aSeriesWithACountEndsAfterItsLastOccurrence() {
		DiaryEntry three = weekly("FREQ=WEEKLY;COUNT=3", LocalDateTime.of(2026, 5, 4, 9, 0));

		assertThat(three.occurrencesBetween(at("2026-05-01T00:00:00Z"), at("2026-07-01T00:00:00Z"))).hasSize(3);
	}

	@Test
	void aSeriesWithAnUntilDateStopsThere() {
		DiaryEntry untilJune = weekly("FREQ=WEEKLY;UNTIL=20260601T000000Z", LocalDateTime.of(2026, 5, 4, 9, 0));

		assertThat(untilJune.occurrencesBetween(at("2026-05-01T00:00:00Z"), at("2026-07-01T00:00:00Z")))
				.extracting(o -> o.start().toLocalDate()).containsExactly(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 11),
						LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 25));
	}

	@Test
	void oneOccurrenceCancelledIsLeftOutAndOneMovedShowsAtItsNewTime() {
		DiaryEntry meeting = weekly("FREQ=WEEKLY;BYDAY=MO", LocalDateTime.of(2026, 3, 16, 9, 0));

		meeting.cancelOccurrence(LocalDateTime.of(2026, 3, 23, 9, 0), DANA, NOW);
		meeting.moveOccurrence(LocalDateTime.of(2026, 3, 30, 9, 0),
				EntryTime.timed(LocalDateTime.of(2026, 3, 31, 14, 0), LocalDateTime.of(2026, 3, 31, 15, 0), EntryTime.LONDON),
				DANA, NOW);

		List<Occurrence> occurrences = meeting.occurrencesBetween(at("2026-03-16T00:00:00Z"), at("2026-04-07T00:00:00Z"));
		assertThat(occurrences).extracting(o -> o.start().toLocalDateTime()).containsExactly(
				LocalDateTime.of(2026, 3, 16, 9, 0), LocalDateTime.of(2026, 3, 31, 14, 0), LocalDateTime.of(2026, 4, 6, 9, 0));
		assertThat(occurrences.get(1).moved()).isTrue();
		assertThat(occurrences.get(1).originalStart()).isEqualTo(LocalDateTime.of(2026, 3, 30, 9, 0));
	}

	@Test
	void anOccurrenceTheRuleDoesNotHaveCannotBeCancelled() {
		DiaryEntry meeting = weekly("FREQ=WEEKLY;BYDAY=MO", LocalDateTime.of(2026, 3, 16, 9, 0));

		assertThatThrownBy(() -> meeting.cancelOccurrence(LocalDateTime.of(2026, 3, 17, 9, 0), DANA, NOW))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void anAllDaySeriesRepeatsWholeDays() {
		DiaryEntry surgery = DiaryEntry.add(diary, new EntryDetails(EntryKind.PROTECTED, "Constituency day",
				EntryTime.allDay(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 3, 27), EntryTime.LONDON), null, List.of(), null,
				false, null, null, RecurrenceRule.parse("FREQ=WEEKLY")), DANA, NOW);

		List<Occurrence> days = surgery.occurrencesBetween(at("2026-03-25T00:00:00Z"), at("2026-04-05T00:00:00Z"));

		assertThat(days).extracting(o -> o.start().toLocalDate()).containsExactly(LocalDate.of(2026, 3, 27), LocalDate.of(2026, 4, 3));
		assertThat(days).allSatisfy(day -> assertThat(day.start().toLocalTime()).isEqualTo(LocalTime.MIDNIGHT));
	}

	@Test
	void refusesRulesADiaryHasNoUseFor() {
		assertThatThrownBy(() -> RecurrenceRule.parse("FREQ=MINUTELY")).hasMessageContaining("at most daily");
		assertThatThrownBy(() -> RecurrenceRule.parse("every monday")).hasMessageContaining("RRULE");
		assertThat(RecurrenceRule.parse("RRULE:FREQ=WEEKLY;BYDAY=MO").value()).isEqualTo("FREQ=WEEKLY;BYDAY=MO");
	}

	private DiaryEntry weekly(String rule, LocalDateTime start) {
		return DiaryEntry.add(diary, new EntryDetails(EntryKind.MEETING, "Cabinet briefing",
				EntryTime.timed(start, start.plusHours(1), EntryTime.LONDON), "City Hall", List.of(), null, false, null, null,
				RecurrenceRule.parse(rule)), DANA, NOW);
	}

	private static Instant at(String instant) {
		return ZonedDateTime.parse(instant).toInstant();
	}

	/**
	 * A daily or weekly series is expanded from a start moved forward in whole periods, near the window; the
	 * occurrences must be those ical4j gives stepping from the series' first, in every window of the years after.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "FREQ=DAILY", "FREQ=DAILY;INTERVAL=3", "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "FREQ=WEEKLY",
			"FREQ=WEEKLY;BYDAY=TU", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH", "FREQ=WEEKLY;INTERVAL=3",
			"FREQ=WEEKLY;INTERVAL=2;WKST=SU;BYDAY=SU,TU", "FREQ=WEEKLY;BYDAY=MO;UNTIL=20230601T000000Z",
			"FREQ=WEEKLY;COUNT=200", "FREQ=MONTHLY;BYDAY=1TU", "FREQ=MONTHLY;BYMONTHDAY=31" })
	void aSeriesBegunYearsAgoHasInEveryWindowTheOccurrencesCountedFromItsFirst(String text) {
		RecurrenceRule rule = RecurrenceRule.parse(text);
		LocalDateTime seed = LocalDateTime.of(2019, 3, 13, 10, 0); // a Wednesday
		for (int week = 0; week < 52 * 6; week += 5) {
			LocalDateTime from = seed.plusDays(week * 7L + week % 7).withHour(week % 24);
			LocalDateTime to = from.plusDays(1 + week % 13);

			assertThat(rule.startsBetween(seed, from, to)).as("%s from %s to %s", text, from, to)
					.isEqualTo(new Recur<LocalDateTime>(text).getDates(seed, from, to).stream().filter(start -> !start.isBefore(from)).toList());
			assertThat(rule.daysBetween(seed.toLocalDate(), from.toLocalDate(), to.toLocalDate())).as("all day, %s from %s", text, from)
					.isEqualTo(new Recur<LocalDate>(text).getDates(seed.toLocalDate(), from.toLocalDate(), to.toLocalDate()).stream()
							.filter(day -> !day.isBefore(from.toLocalDate())).toList());
		}
	}
}
