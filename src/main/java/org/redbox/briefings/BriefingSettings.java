package org.redbox.briefings;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What offices configure about briefings ({@code redbox.briefings.*}).
 *
 * @param workingDaysBeforeEvent how many working days before the event a briefing is due by default
 * @param reminderWorkingDays the team is reminded once the due day is this many working days away or fewer
 */
@ConfigurationProperties("redbox.briefings")
public record BriefingSettings(@DefaultValue("3") int workingDaysBeforeEvent, @DefaultValue("1") int reminderWorkingDays) {

	public BriefingDuePolicy duePolicy() {
		return new BriefingDuePolicy(workingDaysBeforeEvent, reminderWorkingDays);
	}
}
