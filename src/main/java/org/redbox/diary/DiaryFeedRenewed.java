package org.redbox.diary;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A new secret feed URL was issued for a diary; the old one no longer works. */
public record DiaryFeedRenewed(DiaryId diary, OfficeId office, String title, Actor actor, Instant occurredAt) implements DiaryChanged {

	@Override
	public String summary() {
		return "Calendar feed issued for " + title + " (any earlier feed URL stops working)";
	}
}
