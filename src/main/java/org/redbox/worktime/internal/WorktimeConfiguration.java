package org.redbox.worktime.internal;

import java.time.Clock;

import org.redbox.worktime.ClockRules;
import org.redbox.worktime.StatutoryClock;
import org.redbox.worktime.WorkingCalendars;
import org.redbox.worktime.WorktimeSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorktimeConfiguration {

	@Bean
	StatutoryClock statutoryClock(WorktimeSettings settings, WorkingCalendars calendars, Clock clock) {
		return new StatutoryClock(new ClockRules(settings), calendars, clock);
	}
}
