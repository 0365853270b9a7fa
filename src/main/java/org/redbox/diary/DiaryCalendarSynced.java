package org.redbox.diary;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A CalDAV sync changed something on either side (each entry it changed is audited on its own too). */
public record DiaryCalendarSynced(DiaryId diary, OfficeId office, String outcome, Actor actor, Instant occurredAt)
		implements DiaryChanged {

	@Override
	public String summary() {
		return "Calendar sync: " + outcome;
	}
}
