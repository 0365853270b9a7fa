package org.redbox.directory;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.StaffId;

/** A staff account's name or email changed. */
public record StaffDetailsChanged(StaffId staff, String before, String after, Actor actor, Instant occurredAt) implements StaffAccountEvent {

	@Override
	public String summary() {
		return "Details changed from [" + before + "] to [" + after + "]";
	}
}
