package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** A holding reply told the correspondent the full reply will be late. */
public record HoldingReplySent(CaseFileId caseId, OfficeId office, String note, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Holding reply sent" + (note == null || note.isBlank() ? "" : ": " + note);
	}
}
