package org.redbox.worktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.redbox.worktime.internal.HolidaySource;

class WorkingCalendarTest {

	private static final WorkingCalendars CALENDARS = HolidaySource.calendars(List.of());

	@ParameterizedTest(name = "{2} working days after {1} in {0} is {3}")
	@CsvSource({
			// Christmas and New Year: 25, 28 December 2026 and 1 January 2027; Scotland adds 4 January (2 January's substitute)
			"england-and-wales, 2026-12-18, 20, 2027-01-20",
			"scotland,          2026-12-18, 20, 2027-01-21",
			"scotland,          2026-12-31,  1, 2027-01-05",
			"england-and-wales, 2026-12-31,  1, 2027-01-04",
			// Easter: Good Friday everywhere, Easter Monday not in Scotland
			"england-and-wales, 2026-04-02,  5, 2026-04-13",
			"scotland,          2026-04-02,  5, 2026-04-10",
			// 17 March and 12 July in Northern Ireland, with 12 July 2026 (a Sunday) moved to the 13th
			"northern-ireland,  2026-03-16,  1, 2026-03-18",
			"england-and-wales, 2026-03-16,  1, 2026-03-17",
			"northern-ireland,  2027-07-09,  1, 2027-07-13",
			"england-and-wales, 2027-07-09,  1, 2027-07-12",
			"northern-ireland,  2026-07-10,  1, 2026-07-14",
			// St Andrew's Day 2025 fell on a Sunday: Monday 1 December instead
			"scotland,          2025-11-28,  1, 2025-12-02",
			"england-and-wales, 2025-11-28,  1, 2025-12-01",
			// received at a weekend: day 1 is the Monday, as for a Friday receipt
			"england-and-wales, 2026-11-21,  1, 2026-11-23",
			"england-and-wales, 2026-11-21, 20, 2026-12-18",
			"england-and-wales, 2026-11-20, 20, 2026-12-18",
			// FOIA s10(6): 17 March in Belfast delays an English FOI deadline
			"all-uk,            2027-03-10, 20, 2027-04-12",
			"england-and-wales, 2027-03-10, 20, 2027-04-09" })
	void countsWorkingDaysForward(String region, LocalDate received, int days, LocalDate expected) {
		assertThat(CALENDARS.calendar(HolidayRegion.fromCode(region)).plusWorkingDays(received, days)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{2} working days before {1} in {0} is {3}")
	@CsvSource({
			"england-and-wales, 2026-04-07, 3, 2026-03-31",
			"scotland,          2026-04-07, 3, 2026-04-01",
			"england-and-wales, 2027-01-05, 1, 2027-01-04",
			"scotland,          2027-01-05, 1, 2026-12-31",
			"england-and-wales, 2026-11-23, 1, 2026-11-20",
			"england-and-wales, 2026-11-22, 1, 2026-11-20" })
	void countsWorkingDaysBack(String region, LocalDate event, int days, LocalDate expected) {
		assertThat(CALENDARS.calendar(HolidayRegion.fromCode(region)).minusWorkingDays(event, days)).isEqualTo(expected);
	}

	@Test
	void clearDaysExcludeBothThePublicationDayAndTheMeetingDay() {
		WorkingCalendar england = CALENDARS.calendar(HolidayRegion.ENGLAND_AND_WALES);

		LocalDate latest = england.latestNoticeForClearWorkingDays(LocalDate.of(2026, 4, 14), 5);

		assertThat(latest).isEqualTo(LocalDate.of(2026, 4, 2));
		assertThat(england.workingDaysBetween(latest, LocalDate.of(2026, 4, 13))).isEqualTo(5);
	}

	@Test
	void aKeyDecisionNeedsTwentyEightClearCalendarDays() {
		assertThat(WorkingCalendar.latestNoticeForClearCalendarDays(LocalDate.of(2026, 3, 31), 28))
				.isEqualTo(LocalDate.of(2026, 3, 2));
	}

	@Test
	void namesTheHolidaysBetweenTwoDays() {
		assertThat(CALENDARS.calendar(HolidayRegion.ENGLAND_AND_WALES)
				.holidaysBetween(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 20)))
				.extracting(BankHoliday::name).containsExactly("Christmas Day", "Boxing Day", "New Year's Day");
	}

	@Test
	void refusesNegativeCountsAndDatesOutsideTheCalendar() {
		WorkingCalendar england = CALENDARS.calendar(HolidayRegion.ENGLAND_AND_WALES);

		assertThatThrownBy(() -> england.plusWorkingDays(LocalDate.of(2026, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> england.plusWorkingDays(LocalDate.of(2199, 1, 1), 1)).isInstanceOf(IllegalArgumentException.class);
	}
}
