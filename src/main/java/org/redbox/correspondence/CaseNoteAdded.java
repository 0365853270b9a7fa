package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** Someone added a note to the case. */
public record CaseNoteAdded(CaseFileId caseId, OfficeId office, String note, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Note: " + note;
	}
}
