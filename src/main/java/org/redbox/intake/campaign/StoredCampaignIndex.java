package org.redbox.intake.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The campaign index in the database, shared by every node: items and campaigns in their JPA
 * tables, band keys in {@code campaign_band} (indexed by office and key), written with plain
 * JDBC as they are many small rows. Runs inside the caller's transaction.
 */
@Component
class StoredCampaignIndex implements CampaignIndex {

	private final Campaigns campaigns;
	private final CampaignItems items;
	private final JdbcTemplate jdbc;
	private final CampaignSettings settings;

	StoredCampaignIndex(Campaigns campaigns, CampaignItems items, JdbcTemplate jdbc, CampaignSettings settings) {
		this.campaigns = campaigns;
		this.items = items;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@Override
	public Candidates candidates(UUID office, long[] keys) {
		if (keys.length == 0) {
			return new Candidates(List.of(), List.of());
		}
		Set<UUID> caseIds = new HashSet<>();
		Set<UUID> campaignIds = new HashSet<>();
		List<Object> args = new ArrayList<>();
		args.add(office);
		for (long key : keys) {
			args.add(key);
		}
		jdbc.query("select distinct case_id, campaign_id from campaign_band where office_id = ? and band_key in ("
				+ "?,".repeat(keys.length - 1) + "?)", rs -> {
					UUID caseId = rs.getObject(1, UUID.class);
					UUID campaignId = rs.getObject(2, UUID.class);
					if (caseId != null) {
						caseIds.add(caseId);
					}
					if (campaignId != null) {
						campaignIds.add(campaignId);
					}
				}, args.toArray());
		int k = settings.shingleWords();
		return new Candidates(
				campaigns.findAllById(campaignIds).stream().map(c -> new KnownCampaign(c.id(), c.template(k))).toList(),
				items.findAllById(caseIds).stream().filter(i -> i.campaignId() == null && !i.isSplitOut())
						.map(i -> i.asItem(k)).toList());
	}

	@Override
	public void keepUngrouped(Item item, long[] keys) {
		items.save(CampaignItem.of(item));
		insertKeys(item.office(), keys, item.caseId(), null);
	}

	@Override
	public UUID startCampaign(UUID office, Fingerprint template, long[] keys, Instant at) {
		Campaign campaign = campaigns.save(Campaign.start(office, template, at));
		insertKeys(office, keys, null, campaign.id());
		return campaign.id();
	}

	@Override
	public void addMember(UUID campaignId, Item item, Match match) {
		CampaignItem member = items.findById(item.caseId()).orElse(null);
		if (member == null) {
			member = CampaignItem.of(item);
		}
		else {
			jdbc.update("delete from campaign_band where case_id = ?", item.caseId());
		}
		member.join(campaignId, match);
		items.save(member);
		Campaign campaign = campaigns.findById(campaignId).orElseThrow();
		if (!campaign.hasLead() && !match.flagged()) {
			campaign.lead(member, null, null, null);
			campaigns.save(campaign);
		}
	}

	/** Forgets a campaign's keys, when it is merged into another (whose text stands for both). */
	void forgetCampaign(UUID campaignId) {
		jdbc.update("delete from campaign_band where campaign_id = ?", campaignId);
	}

	private void insertKeys(UUID office, long[] keys, UUID caseId, UUID campaignId) {
		List<Object[]> rows = new ArrayList<>(keys.length);
		for (long key : keys) {
			rows.add(new Object[] { office, key, caseId, campaignId });
		}
		jdbc.batchUpdate("insert into campaign_band (office_id, band_key, case_id, campaign_id) values (?, ?, ?, ?)", rows);
	}
}
