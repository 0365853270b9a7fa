package org.redbox.worktime.web;

import java.time.LocalDate;
import java.util.List;

import org.redbox.shared.InvalidParameter;
import org.redbox.shared.Jurisdiction;
import org.redbox.worktime.BankHoliday;
import org.redbox.worktime.ClockType;
import org.redbox.worktime.Deadline;
import org.redbox.worktime.DeadlineRequest;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.StatutoryClock;
import org.redbox.worktime.WorkingCalendar;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Deadlines as JSON for council systems and the pages' scripts. Any signed-in member of staff may call it. */
@RestController
@RequestMapping("/api/deadlines")
class DeadlineApiController {

	private final StatutoryClock clock;

	DeadlineApiController(StatutoryClock clock) {
		this.clock = clock;
	}

	/** The deadline of a case received on a day. */
	@GetMapping
	CaseDeadline deadline(@RequestParam(required = false) String caseType, @RequestParam(required = false) String received,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String office,
			@RequestParam(required = false) String acknowledged) {
		ClockType type = Parameters.caseType("caseType", caseType);
		LocalDate receivedOn = Parameters.date("received", received);
		Jurisdiction where = Parameters.jurisdiction("jurisdiction", jurisdiction);
		LocalDate acknowledgedOn = Parameters.optionalDate("acknowledged", acknowledged);
		if (acknowledgedOn != null && acknowledgedOn.isBefore(receivedOn)) {
			throw new InvalidParameter("acknowledged", "A case cannot be acknowledged before it was received");
		}
		Deadline deadline = clock.deadline(new DeadlineRequest(type, receivedOn, where, office, acknowledgedOn, null, null));
		WorkingCalendar calendar = clock.calendar(deadline.region());
		LocalDate countedFrom = acknowledgedOn != null && deadline.rule().countsFromAcknowledgement() ? acknowledgedOn : receivedOn;
		return new CaseDeadline(type, receivedOn, where.code(), deadline.region().code(), deadline.due(),
				deadline.acknowledgementDue(), deadline.ruleApplied(), calendar.workingDaysBetween(countedFrom, deadline.due()),
				calendar.holidaysBetween(receivedOn, deadline.due()));
	}

	/** The working day {@code workingDays} before an event (a briefing due before an engagement). */
	@GetMapping("/before")
	CountedBack before(@RequestParam(required = false) String event, @RequestParam(required = false) String workingDays,
			@RequestParam(required = false) String jurisdiction) {
		LocalDate eventOn = Parameters.date("event", event);
		int days = Parameters.workingDays("workingDays", workingDays);
		HolidayRegion region = Parameters.region("jurisdiction", jurisdiction);
		LocalDate due = clock.workingDaysBefore(eventOn, days, region);
		return new CountedBack(eventOn, days, region.code(), due,
				days + " working days before " + eventOn + ", skipping weekends and bank holidays in " + region.displayName(),
				clock.calendar(region).holidaysBetween(due, eventOn.minusDays(1)));
	}

	record CaseDeadline(ClockType caseType, LocalDate received, String jurisdiction, String calendar, LocalDate due,
			LocalDate acknowledgementDue, String rule, int workingDays, List<BankHoliday> holidaysSkipped) {
	}

	record CountedBack(LocalDate event, int workingDays, String calendar, LocalDate due, String rule,
			List<BankHoliday> holidaysSkipped) {
	}
}
