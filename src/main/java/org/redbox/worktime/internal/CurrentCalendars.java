package org.redbox.worktime.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.WorkingCalendar;
import org.redbox.worktime.WorkingCalendars;
import org.springframework.stereotype.Component;

/**
 * The calendars with every recorded change applied. A change made on this node applies to the
 * next computation at once; other nodes notice within {@link #RECHECK} (they compare the number
 * of recorded changes, a single cheap query).
 */
@Component
class CurrentCalendars implements WorkingCalendars {

	static final Duration RECHECK = Duration.ofSeconds(5);

	private final RecordedHolidayChanges changes;
	private final Clock clock;
	private volatile Snapshot snapshot;

	CurrentCalendars(RecordedHolidayChanges changes, Clock clock) {
		this.changes = changes;
		this.clock = clock;
	}

	@Override
	public WorkingCalendar calendar(HolidayRegion region) {
		Snapshot current = snapshot;
		Instant now = clock.instant();
		if (current == null || now.isAfter(current.checkedAt().plus(RECHECK))) {
			long count = changes.count();
			current = current != null && current.changeCount() == count ? current.checkedAgain(now) : rebuild(now);
			snapshot = current;
		}
		return current.calendars().calendar(region);
	}

	/** Called after a change is recorded here, so that it applies to the very next computation. */
	void rebuildNow() {
		snapshot = rebuild(clock.instant());
	}

	private Snapshot rebuild(Instant now) {
		var all = changes.findAll();
		return new Snapshot(HolidaySource.calendars(all.stream().map(RecordedHolidayChange::change).toList()),
				all.size(), now);
	}

	private record Snapshot(WorkingCalendars calendars, long changeCount, Instant checkedAt) {

		Snapshot checkedAgain(Instant now) {
			return new Snapshot(calendars, changeCount, now);
		}
	}
}
