package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** More came in on a case already open or closed: a reply from the correspondent, a follow-up call. */
public record FurtherCorrespondenceReceived(CaseFileId caseId, OfficeId office, Channel channel, String subject,
		Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Further correspondence received (" + channel.displayName() + "): " + subject;
	}
}
