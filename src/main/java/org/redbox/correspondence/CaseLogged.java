package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** An item that reached the office was logged as a case. */
public record CaseLogged(CaseFileId caseId, OfficeId office, String reference, CaseType type, Channel channel, java.time.LocalDate due, Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return reference + " logged: " + type.displayName() + " by " + channel.displayName().toLowerCase() + ", due " + due;
	}
}
