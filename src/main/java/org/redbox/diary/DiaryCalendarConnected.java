package org.redbox.diary;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A diary was connected to a CalDAV calendar (or its connection changed), to sync both ways. */
public record DiaryCalendarConnected(DiaryId diary, OfficeId office, String title, String url, String user, Actor actor,
		Instant occurredAt) implements DiaryChanged {

	@Override
	public String summary() {
		return title + " syncs with the calendar at " + url + " as " + user;
	}
}
