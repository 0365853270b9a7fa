package org.redbox.worktime.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.worktime.HolidayRegion;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Records proclaimed days and withdrawn holidays. Only an authority-wide administrator may. */
@Service
public class HolidayAdministration {

	private final RecordedHolidayChanges changes;
	private final CurrentCalendars calendars;
	private final Clock clock;

	HolidayAdministration(RecordedHolidayChanges changes, CurrentCalendars calendars, Clock clock) {
		this.changes = changes;
		this.calendars = calendars;
		this.clock = clock;
	}

	public boolean mayChange(SignedInStaff by) {
		return by.holdsEverywhere(Role.ADMIN);
	}

	/**
	 * @throws IllegalArgumentException when the region already has a change on that date, or for all-UK
	 */
	@Transactional
	public RecordedHolidayChange record(SignedInStaff by, HolidayRegion region, LocalDate date, HolidayChange.Kind kind,
			String name, String reason) {
		if (!mayChange(by)) {
			throw new AccessDeniedException("Only an administrator of every office may change bank holidays");
		}
		if (changes.existsByRegionAndDate(region, date)) {
			throw new IllegalArgumentException("A change is already recorded for " + date + " in " + region.displayName());
		}
		var recorded = changes.save(RecordedHolidayChange.record(new HolidayChange(region, date, kind, name), reason,
				by.actor(), clock.instant()));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				calendars.rebuildNow();
			}
		});
		return recorded;
	}
}
