package org.redbox.diary;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A diary's feed URL was revoked: calendar apps subscribed to it get nothing more. */
public record DiaryFeedRevoked(DiaryId diary, OfficeId office, String title, Actor actor, Instant occurredAt) implements DiaryChanged {

	@Override
	public String summary() {
		return "Calendar feed revoked for " + title;
	}
}
