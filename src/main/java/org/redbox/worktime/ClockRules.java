package org.redbox.worktime;

import static org.redbox.worktime.ClockRule.CalendarChoice.FREEDOM_OF_INFORMATION;
import static org.redbox.worktime.ClockRule.CalendarChoice.OFFICE;
import static org.redbox.worktime.ClockRule.Unit.CALENDAR_MONTHS;
import static org.redbox.worktime.ClockRule.Unit.WORKING_DAYS;

import java.util.EnumMap;
import java.util.Map;

/** The rule of each clock type: the defaults of {@code DOMAIN.md}, then installation settings, then the office's. */
public final class ClockRules {

	private final Map<ClockType, ClockRule> installation;
	private final Map<String, Map<ClockType, WorktimeSettings.Numbers>> offices;

	public ClockRules(WorktimeSettings settings) {
		this.installation = new EnumMap<>(ClockType.class);
		defaults().forEach((type, rule) -> installation.put(type, apply(rule, settings.rules().get(type))));
		this.offices = settings.offices();
	}

	public static ClockRules defaultRules() {
		return new ClockRules(new WorktimeSettings(null, null));
	}

	/** The rule for {@code type} in the office with {@code officeCode} (or the installation's if null). */
	public ClockRule ruleFor(ClockType type, String officeCode) {
		ClockRule rule = installation.get(type);
		if (officeCode == null) {
			return rule;
		}
		return apply(rule, offices.getOrDefault(officeCode, Map.of()).get(type));
	}

	private static ClockRule apply(ClockRule rule, WorktimeSettings.Numbers numbers) {
		return numbers == null ? rule : rule.with(numbers.amount(), numbers.maxExtension(), numbers.acknowledgementDays());
	}

	static Map<ClockType, ClockRule> defaults() {
		Map<ClockType, ClockRule> rules = new EnumMap<>(ClockType.class);
		rules.put(ClockType.GENERAL, new ClockRule(ClockType.GENERAL, WORKING_DAYS, 20, OFFICE, null, false, null));
		rules.put(ClockType.MEMBER, new ClockRule(ClockType.MEMBER, WORKING_DAYS, 20, OFFICE, null, false, null));
		rules.put(ClockType.CASEWORK, new ClockRule(ClockType.CASEWORK, WORKING_DAYS, 20, OFFICE, null, false, null));
		rules.put(ClockType.FOI, new ClockRule(ClockType.FOI, WORKING_DAYS, 20, FREEDOM_OF_INFORMATION, null, false, 20));
		rules.put(ClockType.FOI_INTERNAL_REVIEW,
				new ClockRule(ClockType.FOI_INTERNAL_REVIEW, WORKING_DAYS, 20, FREEDOM_OF_INFORMATION, null, false, 20));
		rules.put(ClockType.EIR, new ClockRule(ClockType.EIR, WORKING_DAYS, 20, FREEDOM_OF_INFORMATION, null, false, 20));
		rules.put(ClockType.SAR, new ClockRule(ClockType.SAR, CALENDAR_MONTHS, 1, OFFICE, null, false, 2));
		rules.put(ClockType.COMPLAINT_STAGE_1,
				new ClockRule(ClockType.COMPLAINT_STAGE_1, WORKING_DAYS, 10, OFFICE, 5, true, 10));
		rules.put(ClockType.COMPLAINT_STAGE_2,
				new ClockRule(ClockType.COMPLAINT_STAGE_2, WORKING_DAYS, 20, OFFICE, 5, true, 20));
		rules.put(ClockType.INVITATION, new ClockRule(ClockType.INVITATION, WORKING_DAYS, 10, OFFICE, null, false, null));
		return rules;
	}
}
