package org.redbox.diary;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** An .ics file was imported into a diary (each entry it added or changed is audited on its own too). */
public record DiaryCalendarImported(DiaryId diary, OfficeId office, String title, String fileName, int added, int updated,
		Actor actor, Instant occurredAt) implements DiaryChanged {

	@Override
	public String summary() {
		return "Imported " + fileName + " into " + title + ": " + added + " entries added, " + updated + " updated";
	}
}
