package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** A case was allocated to a team and an officer. */
public record CaseAllocated(CaseFileId caseId, OfficeId office, String team, StaffId officerId, String officer, Actor actor,
		Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Allocated to " + officer + (team == null ? "" : " (" + team + ")");
	}
}
