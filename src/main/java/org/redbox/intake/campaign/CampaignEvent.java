package org.redbox.intake.campaign;

import java.time.Instant;
import java.util.UUID;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;

/** Something that happened to a campaign; each is audited. */
public sealed interface CampaignEvent extends AuditableEvent {

	UUID campaignId();

	@Override
	default String recordType() {
		return "Campaign";
	}

	@Override
	default String recordId() {
		return campaignId().toString();
	}

	/** Two copies of one letter arrived: Redbox started a campaign. */
	record Started(UUID campaignId, OfficeId officeId, String name, Actor actor, Instant occurredAt)
			implements CampaignEvent {

		@Override
		public String summary() {
			return "campaign started: " + name;
		}
	}

	record Renamed(UUID campaignId, OfficeId officeId, String before, String after, Actor actor, Instant occurredAt)
			implements CampaignEvent {

		@Override
		public String summary() {
			return "campaign renamed from \"" + before + "\" to \"" + after + "\"";
		}
	}

	record LeadChosen(UUID campaignId, OfficeId officeId, String reference, Actor actor, Instant occurredAt)
			implements CampaignEvent {

		@Override
		public String summary() {
			return "lead case is now " + reference;
		}
	}

	record MemberSplitOut(UUID campaignId, OfficeId officeId, String reference, Actor actor, Instant occurredAt)
			implements CampaignEvent {

		@Override
		public String summary() {
			return reference + " split out of the campaign, for individual casework";
		}
	}

	record Merged(UUID campaignId, OfficeId officeId, String absorbed, long members, Actor actor, Instant occurredAt)
			implements CampaignEvent {

		@Override
		public String summary() {
			return "merged with \"" + absorbed + "\" (" + members + " members moved)";
		}
	}

	/** A manager asked for the lead's reply to be sent to the members; it goes out in the background. */
	record ReplySendingStarted(UUID campaignId, OfficeId officeId, UUID leadCaseId, long members, Actor actor,
			Instant occurredAt) implements CampaignEvent {

		@Override
		public String summary() {
			return "reply of the lead case being sent to " + members + " members";
		}
	}
}
