package org.redbox.diary;

import java.time.Instant;
import java.time.LocalDateTime;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** One occurrence of a series was cancelled. */
public record DiaryOccurrenceCancelled(EntryId entry, DiaryId diary, OfficeId office, String title, LocalDateTime originalStart, Actor actor, Instant occurredAt) implements DiaryEntryEvent {

	@Override
	public String summary() {
		return "Cancelled the occurrence of " + title + " on " + originalStart;
	}
}
