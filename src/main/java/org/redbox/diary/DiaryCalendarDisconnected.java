package org.redbox.diary;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A diary no longer syncs with a CalDAV calendar; entries on both sides stay as they are. */
public record DiaryCalendarDisconnected(DiaryId diary, OfficeId office, String title, String url, Actor actor,
		Instant occurredAt) implements DiaryChanged {

	@Override
	public String summary() {
		return title + " no longer syncs with the calendar at " + url;
	}
}
