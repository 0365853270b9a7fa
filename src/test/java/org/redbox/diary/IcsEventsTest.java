package org.redbox.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.redbox.diary.internal.IcsEvent;
import org.redbox.diary.internal.IcsEvents;
import org.redbox.diary.internal.IcsProblem;

/** Reading calendar files as real apps write them: Outlook's Windows zone names, Google's UTC exceptions, durations, floating times. */
class IcsEventsTest {

	static String calendar(String... lines) {
		return String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", String.join("\r\n", lines), "END:VCALENDAR", "");
	}

	static List<IcsEvent> read(String text) {
		return IcsEvents.read(text, EntryTime.LONDON, 100).events();
	}

	@Test
	void aSeriesExceptedInUtcAfterTheClockChangeLosesTheRightOccurrence() {
		IcsEvent event = read(calendar("BEGIN:VEVENT", "UID:g1", "DTSTAMP:20260101T000000Z",
				"DTSTART;TZID=Europe/London:20261022T100000", "DTEND;TZID=Europe/London:20261022T110000",
				"RRULE:FREQ=WEEKLY;COUNT=3", "EXDATE:20261029T100000Z", "SUMMARY:Surgery", "END:VEVENT")).get(0);

		assertThat(event.details().time().zone()).isEqualTo(EntryTime.LONDON);
		assertThat(event.changes()).containsExactly(new OccurrenceChange(LocalDateTime.parse("2026-10-29T10:00"), true, null, null));
	}

	@Test
	void anOutlookZoneNameIsReadAsTheDiarysZoneAndADurationGivesTheEnd() {
		IcsEvent event = read(calendar("BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16011028T020000",
				"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0100", "TZOFFSETTO:-0000", "END:STANDARD", "BEGIN:DAYLIGHT",
				"DTSTART:16010325T010000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:-0000", "TZOFFSETTO:+0100",
				"END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT", "UID:o1", "DTSTAMP:20260101T000000Z",
				"DTSTART;TZID=GMT Standard Time:20260615T093000", "DURATION:PT45M", "SUMMARY:Partner call", "STATUS:TENTATIVE",
				"END:VEVENT")).get(0);

		assertThat(event.details().time()).isEqualTo(EntryTime.timed(LocalDateTime.parse("2026-06-15T09:30"),
				LocalDateTime.parse("2026-06-15T10:15"), EntryTime.LONDON));
		assertThat(event.details().kind()).isEqualTo(EntryKind.HOLD);
	}

	@Test
	void aFloatingTimeIsTheDiarysLocalTimeAndAnotherZoneIsKept() {
		List<IcsEvent> events = read(calendar("BEGIN:VEVENT", "UID:f1", "DTSTAMP:20260101T000000Z", "DTSTART:20260615T090000",
				"DTEND:20260615T100000", "SUMMARY:Floating", "END:VEVENT", "BEGIN:VEVENT", "UID:p1", "DTSTAMP:20260101T000000Z",
				"DTSTART;TZID=Europe/Paris:20260615T090000", "DTEND;TZID=Europe/Paris:20260615T100000", "SUMMARY:Paris",
				"CLASS:PRIVATE", "END:VEVENT"));

		assertThat(events.get(0).details().time().start()).isEqualTo(LocalDateTime.parse("2026-06-15T09:00"));
		assertThat(events.get(0).details().time().zone()).isEqualTo(EntryTime.LONDON);
		assertThat(events.get(1).details().time().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
		assertThat(events.get(1).details().privateEntry()).isTrue();
	}

	@Test
	void tooManyEventsOrAnEventEndingBeforeItStartsIsRefusedWithTheReason() {
		String twoEvents = calendar("BEGIN:VEVENT", "UID:a", "DTSTAMP:20260101T000000Z", "DTSTART:20260615T090000Z", "SUMMARY:A", "END:VEVENT",
				"BEGIN:VEVENT", "UID:b", "DTSTAMP:20260101T000000Z", "DTSTART:20260615T090000Z", "SUMMARY:B", "END:VEVENT");
		assertThatThrownBy(() -> IcsEvents.read(twoEvents, EntryTime.LONDON, 1)).isInstanceOf(IcsProblem.class)
				.hasMessageContaining("at most 1");
		assertThatThrownBy(() -> read(calendar("BEGIN:VEVENT", "UID:c", "DTSTAMP:20260101T000000Z", "DTSTART:20260615T090000Z",
				"DTEND:20260615T080000Z", "SUMMARY:Backwards", "END:VEVENT"))).isInstanceOf(IcsProblem.class)
				.hasMessageContaining("“Backwards”", "must end after it starts");
	}
}
