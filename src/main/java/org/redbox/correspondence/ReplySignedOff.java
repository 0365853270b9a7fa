package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The reply was signed off; what is dispatched must match it. */
public record ReplySignedOff(CaseFileId caseId, OfficeId office, String hash, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Reply signed off (SHA-256 " + hash.substring(0, 12) + "…)";
	}
}
