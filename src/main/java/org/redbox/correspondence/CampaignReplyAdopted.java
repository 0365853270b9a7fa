package org.redbox.correspondence;

import java.time.Instant;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/** The case, a member of a campaign, takes the reply signed off on the campaign's lead case. */
public record CampaignReplyAdopted(CaseFileId caseId, OfficeId office, String leadReference, String signedBy,
		Actor actor, Instant occurredAt) implements CaseFileEvent {

	@Override
	public String summary() {
		return "Campaign reply of " + leadReference + (signedBy == null ? "" : " (signed off by " + signedBy + ")")
				+ " made this case's reply, personalised, for dispatch";
	}
}
