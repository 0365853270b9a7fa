package org.redbox.diary.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.redbox.diary.DaySheetSettings;
import org.springframework.stereotype.Component;

/** When a day sheet is ready: from the configured time the evening before, it opens on tomorrow. */
@Component
class DaySheetReadiness {

	private final DaySheetSettings settings;
	private final Clock clock;

	DaySheetReadiness(DaySheetSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Today before the ready time, tomorrow from it, in the diary's zone. */
	LocalDate defaultDay(ZoneId zone) {
		LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
		return now.toLocalTime().isBefore(settings.readyAt()) ? now.toLocalDate() : now.toLocalDate().plusDays(1);
	}

	LocalDate today(ZoneId zone) {
		return LocalDate.now(clock.withZone(zone));
	}

	Instant now() {
		return clock.instant();
	}
}
