package org.redbox.worktime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redbox.RedboxApplication;
import org.redbox.shared.Jurisdiction;
import org.redbox.worktime.internal.HolidaySource;

class StatutoryClockTest {

	/** Monday 23 November 2026. */
	private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), RedboxApplication.LONDON);

	private final StatutoryClock clock = new StatutoryClock(ClockRules.defaultRules(), HolidaySource.calendars(List.of()), TODAY);

	@ParameterizedTest(name = "{0} received {1} in {2} is due {3}")
	@CsvSource({
			"FOI,        2027-03-10, ENGLAND_AND_WALES, 2027-04-12",
			"EIR,        2027-03-10, ENGLAND_AND_WALES, 2027-04-12",
			"FOI,        2027-03-10, SCOTLAND,          2027-04-08",
			"GENERAL,    2027-03-10, ENGLAND_AND_WALES, 2027-04-09",
			"MEMBER,     2026-12-18, ENGLAND_AND_WALES, 2027-01-20",
			"INVITATION, 2026-11-21, ENGLAND_AND_WALES, 2026-12-04",
			// subject access: same date next month, else the month's last day, then the next working day
			"SAR,        2026-01-31, ENGLAND_AND_WALES, 2026-03-02",
			"SAR,        2028-01-31, ENGLAND_AND_WALES, 2028-02-29",
			"SAR,        2026-03-31, ENGLAND_AND_WALES, 2026-04-30",
			"SAR,        2026-11-25, ENGLAND_AND_WALES, 2026-12-29",
			"SAR,        2026-11-25, SCOTLAND,          2026-12-29",
			"SAR,        2026-06-12, NORTHERN_IRELAND,  2026-07-14" })
	void computesTheDeadlineOfEachKindOfCase(ClockType type, LocalDate received, Jurisdiction jurisdiction, LocalDate due) {
		assertThat(clock.deadline(DeadlineRequest.of(type, received, jurisdiction)).due()).isEqualTo(due);
	}

	@Test
	void saysWhichRuleItApplied() {
		Deadline foi = clock.deadline(DeadlineRequest.of(ClockType.FOI, LocalDate.of(2027, 3, 10), Jurisdiction.ENGLAND_AND_WALES));

		assertThat(foi.region()).isEqualTo(HolidayRegion.ALL_UK);
		assertThat(foi.ruleApplied()).contains("20 working days after receipt", "every part of the UK");
	}

	@Test
	void aComplaintIsAcknowledgedInFiveWorkingDaysAndAnsweredInTenFromTheAcknowledgement() {
		var received = DeadlineRequest.of(ClockType.COMPLAINT_STAGE_1, LocalDate.of(2026, 11, 23), Jurisdiction.ENGLAND_AND_WALES);

		Deadline notYetAcknowledged = clock.deadline(received);
		Deadline acknowledged = clock.deadline(received.acknowledgedOn(LocalDate.of(2026, 11, 25)));

		assertThat(notYetAcknowledged.acknowledgementDue()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(notYetAcknowledged.due()).isEqualTo(LocalDate.of(2026, 12, 14));
		assertThat(acknowledged.due()).isEqualTo(LocalDate.of(2026, 12, 9));
	}

	@Test
	void aStageTwoComplaintHasTwentyWorkingDaysFromItsAcknowledgement() {
		var request = DeadlineRequest.of(ClockType.COMPLAINT_STAGE_2, LocalDate.of(2026, 11, 23), Jurisdiction.ENGLAND_AND_WALES)
				.acknowledgedOn(LocalDate.of(2026, 11, 24));

		assertThat(clock.deadline(request).due()).isEqualTo(LocalDate.of(2026, 12, 22));
	}

	@Test
	void aClockStopSpanningChristmasMovesTheDeadlineByTheWorkingDaysStopped() {
		var request = DeadlineRequest.of(ClockType.FOI, LocalDate.of(2026, 12, 14), Jurisdiction.ENGLAND_AND_WALES);
		var feeAwaited = new ClockStop(LocalDate.of(2026, 12, 18), LocalDate.of(2027, 1, 5), "fees notice");

		Deadline running = clock.deadline(request);
		Deadline stopped = clock.deadline(request.withStop(feeAwaited));

		assertThat(running.due()).isEqualTo(LocalDate.of(2027, 1, 15));
		assertThat(stopped.due()).isEqualTo(LocalDate.of(2027, 1, 27));
		assertThat(stopped.daysStopped()).isEqualTo(8);
		assertThat(stopped.provisional()).isFalse();
	}

	@Test
	void aSubjectAccessClockMovesByTheCalendarDaysStopped() {
		var request = DeadlineRequest.of(ClockType.SAR, LocalDate.of(2026, 3, 2), Jurisdiction.ENGLAND_AND_WALES)
				.withStop(new ClockStop(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 12), "identity awaited"));

		Deadline deadline = clock.deadline(request);

		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 4, 13));
		assertThat(deadline.daysStopped()).isEqualTo(10);
	}

	@Test
	void aClockStillStoppedGivesAProvisionalDateAsIfItResumedToday() {
		var request = DeadlineRequest.of(ClockType.FOI, LocalDate.of(2026, 11, 16), Jurisdiction.ENGLAND_AND_WALES)
				.withStop(new ClockStop(LocalDate.of(2026, 11, 18), null, "clarification awaited"));

		Deadline deadline = clock.deadline(request);

		assertThat(deadline.provisional()).isTrue();
		assertThat(deadline.daysStopped()).isEqualTo(3);
		// resumed "today", Monday 23 November; St Andrew's Day (30 November) counts for FOI, being a Scottish holiday
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 12, 18));
	}

	@Test
	void extensionsAddTimeUpToTheRulesMaximum() {
		var foi = DeadlineRequest.of(ClockType.FOI, LocalDate.of(2027, 3, 10), Jurisdiction.ENGLAND_AND_WALES);
		var complaint = DeadlineRequest.of(ClockType.COMPLAINT_STAGE_1, LocalDate.of(2026, 11, 23), Jurisdiction.ENGLAND_AND_WALES)
				.acknowledgedOn(LocalDate.of(2026, 11, 25));
		var sar = DeadlineRequest.of(ClockType.SAR, LocalDate.of(2026, 1, 31), Jurisdiction.ENGLAND_AND_WALES);

		assertThat(clock.deadline(foi.withExtension(new Extension(20, "public interest test"))).due())
				.isEqualTo(LocalDate.of(2027, 5, 11));
		assertThat(clock.deadline(complaint.withExtension(new Extension(10, "explained to the complainant"))).due())
				.isEqualTo(LocalDate.of(2026, 12, 23));
		assertThat(clock.deadline(sar.withExtension(new Extension(2, "complex"))).due()).isEqualTo(LocalDate.of(2026, 4, 30));

		assertThatThrownBy(() -> clock.deadline(foi.withExtension(new Extension(21, "too long"))))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 20");
		assertThatThrownBy(() -> clock.deadline(complaint.withExtension(new Extension(6, "a"))
				.withExtension(new Extension(5, "b")))).hasMessageContaining("at most 10");
		assertThatThrownBy(() -> clock.deadline(sar.withExtension(new Extension(3, "too long"))))
				.hasMessageContaining("at most 2 months");
	}

	@Test
	void anExtensionCanNeverShortenADeadline() {
		assertThatThrownBy(() -> new Extension(0, "nothing")).hasMessageContaining("never shortened");
		assertThatThrownBy(() -> new Extension(-5, "shorter")).hasMessageContaining("never shortened");
		assertThatThrownBy(() -> new Extension(5, " ")).hasMessageContaining("reason");
	}

	@Test
	void refusesAStopBeforeReceiptAndOverlappingStops() {
		var request = DeadlineRequest.of(ClockType.FOI, LocalDate.of(2026, 11, 16), Jurisdiction.ENGLAND_AND_WALES);

		assertThatThrownBy(() -> clock.deadline(request.withStop(new ClockStop(LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 17), "x"))))
				.hasMessageContaining("before receipt");
		assertThatThrownBy(() -> clock.deadline(request
				.withStop(new ClockStop(LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 20), "x"))
				.withStop(new ClockStop(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 24), "y"))))
				.hasMessageContaining("overlap");
	}

	@Test
	void anOfficeCanChangeTheNumbers() {
		var settings = new WorktimeSettings(Map.of(ClockType.GENERAL, new WorktimeSettings.Numbers(15, null, null)),
				Map.of("MAY", Map.of(ClockType.MEMBER, new WorktimeSettings.Numbers(10, null, null))));
		var configured = new StatutoryClock(new ClockRules(settings), HolidaySource.calendars(List.of()), TODAY);
		var letter = DeadlineRequest.of(ClockType.MEMBER, LocalDate.of(2026, 11, 23), Jurisdiction.ENGLAND_AND_WALES);

		assertThat(configured.deadline(letter.forOffice("MAY")).due()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(configured.deadline(letter.forOffice("HSG")).due()).isEqualTo(LocalDate.of(2026, 12, 21));
		assertThat(configured.deadline(DeadlineRequest.of(ClockType.GENERAL, LocalDate.of(2026, 11, 23),
				Jurisdiction.ENGLAND_AND_WALES)).due()).isEqualTo(LocalDate.of(2026, 12, 14));
	}
}
