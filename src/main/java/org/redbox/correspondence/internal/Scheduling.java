package org.redbox.correspondence.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseTypeRule;
import org.redbox.correspondence.CaseTypeRules;
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.Schedule;
import org.redbox.correspondence.Stage;
import org.redbox.directory.OfficeSummary;
import org.redbox.worktime.Deadline;
import org.redbox.worktime.DeadlineRequest;
import org.redbox.worktime.StatutoryClock;
import org.redbox.worktime.WorkingCalendar;
import org.springframework.stereotype.Component;

/** Asks the statutory clock for a case's deadline, and sets each stage's deadline inside it. */
@Component
class Scheduling {

	private final StatutoryClock clock;
	private final CaseTypeRules rules;

	Scheduling(StatutoryClock clock, CaseTypeRules rules) {
		this.clock = clock;
		this.rules = rules;
	}

	Schedule forNewCase(NewCase item, OfficeSummary office) {
		return schedule(new DeadlineRequest(item.type().clock(), item.receivedOn(), office.jurisdiction(), office.code(),
				null, null, null), rules.ruleFor(item.type()), item.receivedOn());
	}

	/** The schedule of an existing case, with its stops, extensions and acknowledgement. */
	Schedule forCase(CaseFile c, OfficeSummary office) {
		var extensions = c.extensions().stream().map(e -> e.asExtension()).toList();
		var request = new DeadlineRequest(c.type().clock(), c.receivedOn(), office.jurisdiction(), office.code(),
				c.acknowledgedOn(), c.clockStops().stream().map(s -> s.asClockStop()).toList(), extensions);
		return schedule(request, rules.ruleFor(c.type()), c.receivedOn());
	}

	WorkingCalendar calendarOf(CaseFile c, OfficeSummary office) {
		return clock.calendar(clock.ruleFor(c.type().clock(), office.code()).regionFor(office.jurisdiction()));
	}

	/** The office's own working-day calendar, for warnings such as "due soon". */
	WorkingCalendar calendarOf(OfficeSummary office) {
		return clock.calendar(org.redbox.worktime.HolidayRegion.of(office.jurisdiction()));
	}

	private Schedule schedule(DeadlineRequest request, CaseTypeRule rule, LocalDate received) {
		Deadline deadline = clock.deadline(request);
		WorkingCalendar calendar = clock.calendar(deadline.region());
		Map<Stage, LocalDate> stages = new EnumMap<>(Stage.class);
		int shift = deadline.daysStopped() + (deadline.rule().unit() == org.redbox.worktime.ClockRule.Unit.WORKING_DAYS
				? deadline.extendedBy() : 0);
		for (Stage stage : rule.stages()) {
			Integer days = rule.stageWorkingDays().get(stage);
			if (days != null) {
				LocalDate due = calendar.plusWorkingDays(received, days + shift);
				stages.put(stage, due.isAfter(deadline.due()) ? deadline.due() : due);
			}
		}
		return new Schedule(deadline.due(), stages, deadline.provisional());
	}
}
