package org.redbox.briefings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.WorkingCalendar;
import org.redbox.worktime.internal.HolidaySource;

class BriefingDuePolicyTest {

	private static final WorkingCalendar ENGLAND = HolidaySource.calendars(List.of())
			.calendar(HolidayRegion.fromCode("england-and-wales"));
	private static final BriefingDuePolicy THREE_DAYS = new BriefingDuePolicy(3, 1);
	private static final LocalDate LONG_BEFORE = LocalDate.of(2027, 1, 4);

	@ParameterizedTest(name = "an event on {0} has its briefing due on {1}")
	@CsvSource({
			// Tuesday after Easter Monday 2027: Monday 29 March and Good Friday 26 March are skipped
			"2027-03-30, 2027-03-23",
			// Monday after a weekend: back over Saturday and Sunday to the Wednesday
			"2027-06-14, 2027-06-09",
			// Thursday: three plain working days
			"2027-06-17, 2027-06-14" })
	void countsTheDueDayBackFromTheEventOverWeekendsAndBankHolidays(LocalDate event, LocalDate due) {
		assertThat(THREE_DAYS.dueFor(ENGLAND, event, LONG_BEFORE)).isEqualTo(due);
	}

	@Test
	void anEventTooSoonForTheFullNoticeHasItsBriefingDueTheDayItIsCommissioned() {
		assertThat(THREE_DAYS.dueFor(ENGLAND, LocalDate.of(2027, 6, 17), LocalDate.of(2027, 6, 16)))
				.isEqualTo(LocalDate.of(2027, 6, 16));
	}

	@Test
	void theNumberOfWorkingDaysIsConfigurable() {
		assertThat(new BriefingDuePolicy(5, 1).dueFor(ENGLAND, LocalDate.of(2027, 3, 30), LONG_BEFORE))
				.as("five working days before the Tuesday after Easter").isEqualTo(LocalDate.of(2027, 3, 19));
	}
}
