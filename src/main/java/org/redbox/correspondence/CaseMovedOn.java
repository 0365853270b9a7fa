package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A case moved on to its next stage. */
public record CaseMovedOn(CaseFileId caseId, OfficeId office, Stage from, Stage to, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return from.displayName() + " done; now " + to.displayName();
	}
}
