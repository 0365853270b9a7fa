package org.redbox.diary;

import java.time.Instant;
import java.time.LocalDateTime;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** One occurrence of a series was moved to other times. */
public record DiaryOccurrenceMoved(EntryId entry, DiaryId diary, OfficeId office, String title, LocalDateTime originalStart, LocalDateTime movedTo, Actor actor, Instant occurredAt) implements DiaryEntryEvent {

	@Override
	public String summary() {
		return "Moved the occurrence of " + title + " on " + originalStart + " to " + movedTo;
	}
}
