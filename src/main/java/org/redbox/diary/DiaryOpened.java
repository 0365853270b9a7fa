package org.redbox.diary;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A principal's post was given its diary. */
public record DiaryOpened(DiaryId diary, OfficeId office, String title, Actor actor, Instant occurredAt) implements DiaryChanged {

	@Override
	public String summary() {
		return "Diary opened: " + title;
	}
}
