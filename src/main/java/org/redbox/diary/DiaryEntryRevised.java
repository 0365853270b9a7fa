package org.redbox.diary;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** An entry (or a whole series) was changed. */
public record DiaryEntryRevised(EntryId entry, DiaryId diary, OfficeId office, String before, String after, Actor actor, Instant occurredAt) implements DiaryEntryEvent {

	@Override
	public String summary() {
		return "Changed from " + before + " to " + after;
	}
}
