package org.redbox.worktime.web;

import java.time.LocalDate;
import java.util.Arrays;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deadline calculator: when a case is due, when a briefing is due before an event, and
 * the last day to publish a meeting notice — each with the working days counted and the
 * bank holidays skipped, by name.
 */
@Controller
class DeadlineCalculatorController {

	private final StatutoryClock clock;

	DeadlineCalculatorController(StatutoryClock clock) {
		this.clock = clock;
	}

	@GetMapping("/deadlines")
	String calculator(@RequestParam(required = false) String caseType, @RequestParam(required = false) String received,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String acknowledged,
			@RequestParam(required = false) String event, @RequestParam(required = false) String workingDays,
			@RequestParam(required = false) String meeting, @RequestParam(required = false) String clearDays,
			Model model) {
		model.addAttribute("caseTypes", Arrays.asList(ClockType.values()));
		model.addAttribute("jurisdictions", Arrays.asList(Jurisdiction.values()));
		model.addAttribute("regions", Arrays.asList(HolidayRegion.values()));
		model.addAttribute("form", new Form(caseType, received, jurisdiction == null ? "england-and-wales" : jurisdiction,
				acknowledged, event, workingDays, meeting, clearDays));
		try {
			if (received != null) {
				model.addAttribute("caseResult", caseDeadline(caseType, received, jurisdiction, acknowledged));
			}
			if (event != null) {
				model.addAttribute("backResult", countedBack(event, workingDays, jurisdiction));
			}
			if (meeting != null) {
				model.addAttribute("noticeResult", notice(meeting, clearDays, jurisdiction));
			}
		}
		catch (InvalidParameter e) {
			model.addAttribute("problem", e);
		}
		catch (IllegalArgumentException e) {
			model.addAttribute("problem", new InvalidParameter("received", e.getMessage()));
		}
		return "worktime/calculator";
	}

	private Result caseDeadline(String caseType, String received, String jurisdiction, String acknowledged) {
		ClockType type = Parameters.caseType("caseType", caseType);
		LocalDate receivedOn = Parameters.date("received", received);
		Jurisdiction where = Parameters.jurisdiction("jurisdiction", jurisdiction);
		LocalDate acknowledgedOn = Parameters.optionalDate("acknowledged", acknowledged);
		Deadline deadline = clock.deadline(new DeadlineRequest(type, receivedOn, where, null, acknowledgedOn, null, null));
		WorkingCalendar calendar = clock.calendar(deadline.region());
		return new Result(deadline.due(), deadline.ruleApplied(), calendar.workingDaysBetween(receivedOn, deadline.due()),
				receivedOn, calendar.holidaysBetween(receivedOn, deadline.due()), deadline.acknowledgementDue());
	}

	private Result countedBack(String event, String workingDays, String jurisdiction) {
		LocalDate eventOn = Parameters.date("event", event);
		int days = Parameters.workingDays("workingDays", workingDays);
		HolidayRegion region = Parameters.region("jurisdiction", jurisdiction);
		LocalDate due = clock.workingDaysBefore(eventOn, days, region);
		return new Result(due, days + " working days before " + eventOn + " in " + region.displayName(), days, eventOn,
				clock.calendar(region).holidaysBetween(due, eventOn.minusDays(1)), null);
	}

	private Result notice(String meeting, String clearDays, String jurisdiction) {
		LocalDate meetingOn = Parameters.date("meeting", meeting);
		int days = Parameters.workingDays("clearDays", clearDays);
		HolidayRegion region = Parameters.region("jurisdiction", jurisdiction);
		WorkingCalendar calendar = clock.calendar(region);
		LocalDate latest = calendar.latestNoticeForClearWorkingDays(meetingOn, days);
		return new Result(latest, days + " clear working days before the meeting on " + meetingOn
				+ ": neither the day of publication nor the day of the meeting counts", days, meetingOn,
				calendar.holidaysBetween(latest, meetingOn.minusDays(1)), null);
	}

	/** What the person typed, shown back in the form. */
	record Form(String caseType, String received, String jurisdiction, String acknowledged, String event,
			String workingDays, String meeting, String clearDays) {
	}

	/** A computed date with the count behind it. */
	record Result(LocalDate date, String rule, int workingDays, LocalDate from, List<BankHoliday> holidaysSkipped,
			LocalDate acknowledgementDue) {
	}
}
