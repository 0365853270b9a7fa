package org.redbox.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.redbox.diary.internal.DiaryDoor;
import org.redbox.diary.internal.DiaryEntries;
import org.redbox.diary.internal.DiaryNotFound;
import org.redbox.diary.internal.OpenDiary;
import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diary's API for other modules that work on an engagement (a briefing for it): one
 * happening of an entry, as the person asking may see it. Nothing is returned for a diary they
 * may not see, a cancelled entry, or a private one they see only as busy.
 */
@Service
@Transactional(readOnly = true)
public class DiaryEngagements {

	private final DiaryDoor door;
	private final DiaryEntries entries;
	private final Clock clock;

	DiaryEngagements(DiaryDoor door, DiaryEntries entries, Clock clock) {
		this.door = door;
		this.entries = entries;
		this.clock = clock;
	}

	/**
	 * The entry's happening on {@code day}; without a day, a single entry's only one, or a series'
	 * next one from now.
	 */
	public Optional<Engagement> engagement(SignedInStaff by, DiaryId diary, EntryId entry, LocalDate day) {
		OpenDiary open;
		try {
			open = door.toSee(by, diary);
		}
		catch (DiaryNotFound notFound) {
			return Optional.empty();
		}
		return entries.findById(entry.value()).filter(e -> e.diaryId().equals(diary) && !e.isCancelled())
				.filter(e -> !e.isPrivate() || open.access().seesPrivate())
				.flatMap(e -> happening(e, day)).map(o -> new Engagement(diary, entry, open.diary().officeId(),
						open.diary().title(), o.title(), o.kind(), o.time().start(), o.time().zone(), o.privateEntry()));
	}

	private Optional<Occurrence> happening(DiaryEntry entry, LocalDate day) {
		ZoneId zone = entry.time().zone();
		Instant from = day != null ? day.atStartOfDay(zone).toInstant()
				: entry.recurrence().isPresent() ? clock.instant() : entry.time().startInstant();
		Instant to = day != null ? day.plusDays(1).atStartOfDay(zone).toInstant() : from.plus(java.time.Duration.ofDays(3660));
		return entry.occurrencesBetween(from, to).stream()
				.filter(o -> day == null || o.time().start().toLocalDate().equals(day)).findFirst();
	}
}
