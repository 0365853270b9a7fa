package org.redbox.intake.campaign;

import java.time.Instant;
import java.util.UUID;

/** A campaign as its office's list shows it: no personal data, only counts and dates. */
public record CampaignSummary(UUID id, UUID officeId, String name, long members, long flagged, Instant firstArrival,
		Instant lastArrival) {

	public CampaignSummary(UUID id, UUID officeId, String name, Long members, Long flagged, Instant firstArrival,
			Instant lastArrival) {
		this(id, officeId, name, members == null ? 0 : members.longValue(), flagged == null ? 0 : flagged.longValue(),
				firstArrival, lastArrival);
	}
}
