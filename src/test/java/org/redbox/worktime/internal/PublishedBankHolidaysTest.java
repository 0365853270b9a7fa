package org.redbox.worktime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.WorkingCalendar;

/** Every bank holiday of 2025, 2026 and 2027, as published for each jurisdiction (GOV.UK). */
class PublishedBankHolidaysTest {

	static Stream<Arguments> published() {
		return Stream.of(
				Arguments.of(HolidayRegion.ENGLAND_AND_WALES, 2025, dates("2025-01-01", "2025-04-18", "2025-04-21",
						"2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26")),
				Arguments.of(HolidayRegion.ENGLAND_AND_WALES, 2026, dates("2026-01-01", "2026-04-03", "2026-04-06",
						"2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28")),
				Arguments.of(HolidayRegion.ENGLAND_AND_WALES, 2027, dates("2027-01-01", "2027-03-26", "2027-03-29",
						"2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28")),
				Arguments.of(HolidayRegion.SCOTLAND, 2025, dates("2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05",
						"2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26")),
				// 15 June 2026: proclaimed for Scotland's first match of the 2026 World Cup.
				Arguments.of(HolidayRegion.SCOTLAND, 2026, dates("2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04",
						"2026-05-25", "2026-06-15", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28")),
				Arguments.of(HolidayRegion.SCOTLAND, 2027, dates("2027-01-01", "2027-01-04", "2027-03-26", "2027-05-03",
						"2027-05-31", "2027-08-02", "2027-11-30", "2027-12-27", "2027-12-28")),
				Arguments.of(HolidayRegion.NORTHERN_IRELAND, 2025, dates("2025-01-01", "2025-03-17", "2025-04-18",
						"2025-04-21", "2025-05-05", "2025-05-26", "2025-07-14", "2025-08-25", "2025-12-25", "2025-12-26")),
				Arguments.of(HolidayRegion.NORTHERN_IRELAND, 2026, dates("2026-01-01", "2026-03-17", "2026-04-03",
						"2026-04-06", "2026-05-04", "2026-05-25", "2026-07-13", "2026-08-31", "2026-12-25", "2026-12-28")),
				Arguments.of(HolidayRegion.NORTHERN_IRELAND, 2027, dates("2027-01-01", "2027-03-17", "2027-03-26",
						"2027-03-29", "2027-05-03", "2027-05-31", "2027-07-12", "2027-08-30", "2027-12-27", "2027-12-28")));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("published")
	void theCalendarHasExactlyThePublishedBankHolidays(HolidayRegion region, int year, List<LocalDate> expected) {
		WorkingCalendar calendar = HolidaySource.calendars(List.of()).calendar(region);

		List<LocalDate> holidays = calendar.holidaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31))
				.stream().map(h -> h.date()).toList();

		assertThat(holidays).containsExactlyElementsOf(expected);
		assertThat(expected).noneMatch(calendar::isWorkingDay);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oneOffDays")
	void theProclaimedOneOffDaysAreHolidaysEverywhere(LocalDate day) {
		var calendars = HolidaySource.calendars(List.of());
		for (HolidayRegion region : HolidayRegion.values()) {
			assertThat(calendars.calendar(region).isWorkingDay(day)).as("%s in %s", day, region).isFalse();
		}
	}

	static Stream<LocalDate> oneOffDays() {
		return dates("2022-06-03", "2022-09-19", "2023-05-08").stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("published")
	void theAllUkCalendarHasEveryJurisdictionsHolidays(HolidayRegion region, int year, List<LocalDate> expected) {
		WorkingCalendar allUk = HolidaySource.calendars(List.of()).calendar(HolidayRegion.ALL_UK);

		assertThat(expected).noneMatch(allUk::isWorkingDay);
	}

	@org.junit.jupiter.api.Test
	void aRecordedChangeAddsOrRemovesADayInItsRegionAndInTheAllUkCalendar() {
		var proclaimed = new HolidayChange(HolidayRegion.ENGLAND_AND_WALES, LocalDate.of(2027, 6, 7), HolidayChange.Kind.ADDED,
				"Royal occasion");
		var withdrawn = new HolidayChange(HolidayRegion.SCOTLAND, LocalDate.of(2027, 8, 2), HolidayChange.Kind.REMOVED,
				"Summer Bank Holiday");

		var calendars = HolidaySource.calendars(List.of(proclaimed, withdrawn));

		assertThat(calendars.calendar(HolidayRegion.ENGLAND_AND_WALES).holidayOn(LocalDate.of(2027, 6, 7))).hasValue("Royal occasion");
		assertThat(calendars.calendar(HolidayRegion.ALL_UK).isWorkingDay(LocalDate.of(2027, 6, 7))).isFalse();
		assertThat(calendars.calendar(HolidayRegion.SCOTLAND).isWorkingDay(LocalDate.of(2027, 6, 7))).isTrue();
		assertThat(calendars.calendar(HolidayRegion.SCOTLAND).isWorkingDay(LocalDate.of(2027, 8, 2))).isTrue();
	}

	private static List<LocalDate> dates(String... isoDates) {
		return Stream.of(isoDates).map(LocalDate::parse).toList();
	}
}
