package org.redbox.intake.campaign;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What grouping keeps of an office's incoming items: the items not (yet) in a campaign and
 * each campaign's text, both findable by their LSH band keys. Members of a campaign are not
 * candidates themselves: the campaign's text stands for them, so a campaign of thousands of
 * letters costs one comparison. Kept in the database in the application, in memory in the benchmark.
 */
interface CampaignIndex {

	/** Campaigns and ungrouped items of {@code office} sharing at least one band key. */
	Candidates candidates(UUID office, long[] keys);

	/** Keeps an item that joined no campaign, so that a later copy of it can start one. */
	void keepUngrouped(Item item, long[] keys);

	/** Starts a campaign in {@code office} whose text is {@code template}; returns its id. */
	UUID startCampaign(UUID office, Fingerprint template, long[] keys, Instant at);

	/** Puts an item in the campaign; an item kept as ungrouped stops being a candidate of its own. */
	void addMember(UUID campaign, Item item, Match match);

	/** An incoming item: its case, office, arrival and text. */
	record Item(UUID caseId, UUID office, Instant arrivedAt, Fingerprint fingerprint) {
	}

	/** How an item compares with its campaign's text. */
	record Match(int similarityPercent, int newWords, boolean flagged) {
	}

	record KnownCampaign(UUID id, Fingerprint template) {
	}

	record Candidates(List<KnownCampaign> campaigns, List<Item> ungrouped) {
	}
}
