package org.redbox.load;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.redbox.RedboxApplication;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.CaseTypeRule;
import org.redbox.correspondence.CaseTypeRules;
import org.redbox.correspondence.Stage;
import org.redbox.shared.Jurisdiction;
import org.redbox.worktime.ClockRules;
import org.redbox.worktime.Deadline;
import org.redbox.worktime.DeadlineRequest;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.StatutoryClock;
import org.redbox.worktime.WorkingCalendar;
import org.redbox.worktime.internal.HolidaySource;

/**
 * A new case's deadline and stage deadlines, as the application's scheduling computes them:
 * the statutory clock with the published bank holidays and default rules, each stage's
 * working days after receipt, never after the case deadline.
 */
final class Deadlines {

	/** A case deadline and its stages' deadlines. */
	record Schedule(LocalDate deadline, Map<Stage, LocalDate> stages) {
	}

	private final StatutoryClock clock = new StatutoryClock(ClockRules.defaultRules(), HolidaySource.calendars(List.of()),
			Clock.system(RedboxApplication.LONDON));
	private final CaseTypeRules rules = CaseTypeRules.defaultRules();

	Schedule forNewCase(CaseType type, LocalDate received, Jurisdiction jurisdiction, String officeCode) {
		Deadline deadline = clock.deadline(new DeadlineRequest(type.clock(), received, jurisdiction, officeCode, null, null, null));
		WorkingCalendar calendar = clock.calendar(deadline.region());
		CaseTypeRule rule = rules.ruleFor(type);
		Map<Stage, LocalDate> stages = new EnumMap<>(Stage.class);
		for (Stage stage : rule.stages()) {
			Integer days = rule.stageWorkingDays().get(stage);
			if (days != null) {
				LocalDate due = calendar.plusWorkingDays(received, days);
				stages.put(stage, due.isAfter(deadline.due()) ? deadline.due() : due);
			}
		}
		return new Schedule(deadline.due(), stages);
	}

	CaseTypeRule ruleFor(CaseType type) {
		return rules.ruleFor(type);
	}

	WorkingCalendar calendar(Jurisdiction jurisdiction) {
		return clock.calendar(HolidayRegion.of(jurisdiction));
	}
}
