package org.redbox.diary;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** An entry (or a whole series) was cancelled; it is kept, marked cancelled. */
public record DiaryEntryCancelled(EntryId entry, DiaryId diary, OfficeId office, String description, Actor actor, Instant occurredAt) implements DiaryEntryEvent {

	@Override
	public String summary() {
		return "Cancelled " + description;
	}
}
