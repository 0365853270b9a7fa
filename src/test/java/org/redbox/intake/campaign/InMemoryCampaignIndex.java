package org.redbox.intake.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The index in memory, for unit tests and the benchmark: band key → campaigns and ungrouped items. */
final class InMemoryCampaignIndex implements CampaignIndex {

	private final Map<Long, List<Object>> byKey = new HashMap<>();
	private final Map<UUID, Item> ungrouped = new HashMap<>();
	private final Map<UUID, long[]> ungroupedKeys = new HashMap<>();
	private final Map<UUID, KnownCampaign> campaigns = new LinkedHashMap<>();
	private final Map<UUID, UUID> campaignOf = new HashMap<>();
	private final Map<UUID, Match> matchOf = new HashMap<>();
	private long nextId;

	@Override
	public Candidates candidates(UUID office, long[] keys) {
		Set<Object> found = new LinkedHashSet<>();
		for (long key : keys) {
			found.addAll(byKey.getOrDefault(office.getMostSignificantBits() ^ key, List.of()));
		}
		List<KnownCampaign> c = new ArrayList<>();
		List<Item> u = new ArrayList<>();
		for (Object o : found) {
			if (o instanceof KnownCampaign k) {
				c.add(k);
			}
			else {
				u.add((Item) o);
			}
		}
		return new Candidates(c, u);
	}

	@Override
	public void keepUngrouped(Item item, long[] keys) {
		ungrouped.put(item.caseId(), item);
		ungroupedKeys.put(item.caseId(), keys);
		for (long key : keys) {
			byKey.computeIfAbsent(item.office().getMostSignificantBits() ^ key, k -> new ArrayList<>(2)).add(item);
		}
	}

	@Override
	public UUID startCampaign(UUID office, Fingerprint template, long[] keys, Instant at) {
		UUID id = new UUID(0, ++nextId);
		var campaign = new KnownCampaign(id, template);
		campaigns.put(id, campaign);
		for (long key : keys) {
			byKey.computeIfAbsent(office.getMostSignificantBits() ^ key, k -> new ArrayList<>(2)).add(campaign);
		}
		return id;
	}

	@Override
	public void addMember(UUID campaign, Item item, Match match) {
		Item kept = ungrouped.remove(item.caseId());
		if (kept != null) {
			for (long key : ungroupedKeys.remove(item.caseId())) {
				byKey.get(item.office().getMostSignificantBits() ^ key).remove(kept);
			}
		}
		campaignOf.put(item.caseId(), campaign);
		matchOf.put(item.caseId(), match);
	}

	UUID campaignOf(UUID caseId) {
		return campaignOf.get(caseId);
	}

	Match matchOf(UUID caseId) {
		return matchOf.get(caseId);
	}

	java.util.Collection<KnownCampaign> campaigns() {
		return campaigns.values();
	}

	int campaignCount() {
		return campaigns.size();
	}
}
