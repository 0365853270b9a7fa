package org.redbox.diary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.redbox.shared.OfficeId;

/**
 * One happening of a diary entry as other modules may know it (see {@link DiaryEngagements}):
 * its diary, the entry, what it is and when it starts, in wall-clock time with its zone.
 */
public record Engagement(DiaryId diary, EntryId entry, OfficeId office, String diaryTitle, String title, EntryKind kind,
		LocalDateTime start, ZoneId zone, boolean privateEntry) {

	public Instant startInstant() {
		return start.atZone(zone).toInstant();
	}

	public LocalDate day() {
		return start.toLocalDate();
	}
}
