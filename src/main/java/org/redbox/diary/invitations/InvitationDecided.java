package org.redbox.diary.invitations;

import java.time.Instant;

import org.redbox.correspondence.CaseFileId;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryId;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/**
 * An invitation was decided: accepted or delegated (with the engagement put in {@code diary}),
 * or declined (no diary, no engagement).
 */
public record InvitationDecided(CaseFileId caseId, OfficeId officeId, InvitationDecision decision, String reason,
		DiaryId diary, String diaryTitle, EntryId engagement, Actor actor, Instant occurredAt) implements InvitationEvent {

	@Override
	public String summary() {
		return decision.pastTense() + (diaryTitle == null ? "" : " (" + diaryTitle + ")") + ": " + reason;
	}
}
