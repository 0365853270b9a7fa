package org.redbox.worktime.benchmark;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.redbox.RedboxApplication;
import org.redbox.shared.Jurisdiction;
import org.redbox.worktime.ClockRules;
import org.redbox.worktime.ClockStop;
import org.redbox.worktime.ClockType;
import org.redbox.worktime.DeadlineRequest;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.StatutoryClock;
import org.redbox.worktime.WorkingCalendar;
import org.redbox.worktime.internal.HolidaySource;

/**
 * How many deadlines one core computes a second (issue 3: at least one million), over a
 * spread of receipt dates, case types and jurisdictions, as a workstack would ask for them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DeadlineBenchmark {

	private static final int MASK = 4095;

	private StatutoryClock clock;
	private WorkingCalendar england;
	private DeadlineRequest[] requests;
	private DeadlineRequest[] stoppedRequests;
	private LocalDate[] days;
	private int next;

	@Setup
	public void setUp() {
		clock = new StatutoryClock(ClockRules.defaultRules(), HolidaySource.calendars(List.of()),
				Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), RedboxApplication.LONDON));
		england = clock.calendar(HolidayRegion.ENGLAND_AND_WALES);
		ClockType[] types = ClockType.values();
		Jurisdiction[] jurisdictions = Jurisdiction.values();
		requests = new DeadlineRequest[MASK + 1];
		stoppedRequests = new DeadlineRequest[MASK + 1];
		days = new LocalDate[MASK + 1];
		LocalDate first = LocalDate.of(2025, 1, 1);
		for (int i = 0; i <= MASK; i++) {
			LocalDate received = first.plusDays(i % 1200);
			days[i] = received;
			requests[i] = DeadlineRequest.of(types[i % types.length], received, jurisdictions[i % jurisdictions.length]);
			stoppedRequests[i] = DeadlineRequest.of(ClockType.FOI, received, Jurisdiction.ENGLAND_AND_WALES)
					.withStop(new ClockStop(received.plusDays(3), received.plusDays(10), "fee"));
		}
	}

	/** A case's deadline through the full API: rule, calendar, acknowledgement. */
	@Benchmark
	public LocalDate caseDeadline() {
		return clock.deadline(requests[next++ & MASK]).due();
	}

	/** A FOI deadline with a clock stop. */
	@Benchmark
	public LocalDate caseDeadlineWithClockStop() {
		return clock.deadline(stoppedRequests[next++ & MASK]).due();
	}

	/** The raw arithmetic: 20 working days after a date. */
	@Benchmark
	public LocalDate twentyWorkingDaysAfter() {
		return england.plusWorkingDays(days[next++ & MASK], 20);
	}
}
