package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The signed reply was sent and the case closed. */
public record ReplyDispatched(CaseFileId caseId, OfficeId office, String method, String hash, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Reply dispatched by " + method;
	}
}
