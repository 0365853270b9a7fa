package org.redbox.intake.campaign;

import java.util.Optional;
import java.util.UUID;

import org.redbox.intake.campaign.CampaignIndex.Item;
import org.redbox.intake.campaign.CampaignIndex.KnownCampaign;
import org.redbox.intake.campaign.CampaignIndex.Match;

/**
 * Places each arriving item: into the campaign whose text it is at least {@code similarity}
 * like, or into a new campaign with the earlier item it copies (whose shorter text becomes the
 * campaign text), or nowhere. Candidates come from the LSH band keys; the exact overlap of
 * shingles decides. An item that adds a personal story to the campaign text joins flagged for
 * individual casework, so its story is never answered by the campaign's reply.
 */
final class CampaignGrouping {

	private final CampaignSettings settings;
	private final MinHashBands bands;
	private final CampaignIndex index;

	CampaignGrouping(CampaignSettings settings, CampaignIndex index) {
		this.settings = settings;
		this.bands = MinHashBands.of(settings);
		this.index = index;
	}

	Fingerprint fingerprint(String letter) {
		return Fingerprint.of(letter, settings.shingleWords());
	}

	/** Groups the item; returns the campaign it joined, if any. */
	Optional<Placement> place(Item item) {
		Fingerprint text = item.fingerprint();
		if (text.words() < settings.minimumWords()) {
			return Optional.empty();
		}
		long[] keys = bands.keys(text);
		var candidates = index.candidates(item.office(), keys);
		KnownCampaign campaign = null;
		double best = settings.similarity();
		for (KnownCampaign c : candidates.campaigns()) {
			double overlap = text.similarityTo(c.template());
			if (overlap >= best) {
				best = overlap;
				campaign = c;
			}
		}
		if (campaign != null) {
			Placement placed = join(campaign.id(), campaign.template(), item);
			adoptMatching(candidates.ungrouped(), campaign.id(), campaign.template());
			return Optional.of(placed);
		}
		Item copied = null;
		for (Item earlier : candidates.ungrouped()) {
			double overlap = text.similarityTo(earlier.fingerprint());
			if (overlap >= best) {
				best = overlap;
				copied = earlier;
			}
		}
		if (copied != null) {
			return Optional.of(start(copied, item));
		}
		index.keepUngrouped(item, keys);
		return Optional.empty();
	}

	/** The shorter of the two texts is the campaign's: the other may add a story to it, rarely the reverse. */
	private Placement start(Item earlier, Item item) {
		Item plain = item.fingerprint().words() < earlier.fingerprint().words() ? item : earlier;
		Fingerprint template = plain.fingerprint();
		long[] keys = bands.keys(template);
		UUID campaign = index.startCampaign(item.office(), template, keys, earlier.arrivedAt());
		Placement founder = join(campaign, template, earlier);
		Placement placed = join(campaign, template, item);
		adoptMatching(index.candidates(item.office(), keys).ungrouped(), campaign, template);
		return new Placement(campaign, placed.match(), true, founder.match());
	}

	/**
	 * Earlier items that were alone (their campaign did not exist yet, or a story made them unlike
	 * the copy they were compared with) join once they are found to match the campaign text.
	 */
	private void adoptMatching(java.util.List<Item> ungrouped, UUID campaign, Fingerprint template) {
		for (Item other : ungrouped) {
			if (other.fingerprint().similarityTo(template) >= settings.similarity()) {
				join(campaign, template, other);
			}
		}
	}

	private Placement join(UUID campaign, Fingerprint template, Item item) {
		Match match = compare(item.fingerprint(), template);
		index.addMember(campaign, item, match);
		return new Placement(campaign, match, false, null);
	}

	Match compare(Fingerprint text, Fingerprint template) {
		int newWords = text.wordsNotIn(template);
		int similarity = (int) Math.floor(text.similarityTo(template) * 100);
		return new Match(similarity, newWords, newWords >= settings.storyThreshold(template.words()));
	}

	/**
	 * Where an item went.
	 *
	 * @param started whether the item started the campaign (with an earlier item)
	 * @param founder how the earlier item compares, when it started
	 */
	record Placement(UUID campaign, Match match, boolean started, Match founder) {
	}
}
