package org.redbox.diary;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** An entry was added to a diary. */
public record DiaryEntryAdded(EntryId entry, DiaryId diary, OfficeId office, String description, Actor actor, Instant occurredAt) implements DiaryEntryEvent {

	@Override
	public String summary() {
		return "Added " + description;
	}
}
