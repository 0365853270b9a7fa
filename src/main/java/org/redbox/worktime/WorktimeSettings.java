package org.redbox.worktime;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The numbers offices differ on ({@code redbox.worktime.*}): per clock type, the deadline,
 * the maximum extension and the acknowledgement days; and per office (by code) the same.
 * Unset values keep the defaults of {@code DOMAIN.md}, e.g.
 * {@code redbox.worktime.offices.MAY.MEMBER.amount=10} gives the Mayor's office 10 days for MPs' letters.
 */
@ConfigurationProperties("redbox.worktime")
public record WorktimeSettings(Map<ClockType, Numbers> rules, Map<String, Map<ClockType, Numbers>> offices) {

	public WorktimeSettings {
		rules = rules == null ? Map.of() : Map.copyOf(rules);
		offices = offices == null ? Map.of() : Map.copyOf(offices);
	}

	/** Any of these may be left out. */
	public record Numbers(Integer amount, Integer maxExtension, Integer acknowledgementDays) {
	}
}
