package org.redbox.intake.campaign;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Groups labelled letters as they arrive, one office, in memory, and scores the result against
 * the labels: pairwise precision and recall (of every two letters grouped together, how many
 * belong together; of every two that belong together, how many were grouped), and how well
 * personal stories were flagged.
 */
final class GroupingRun {

	private static final UUID OFFICE = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	record Score(long truePairs, long groupedPairs, long correctPairs, int campaigns, int stories, int storiesFlagged,
			int flagged) {

		double precision() {
			return groupedPairs == 0 ? 1 : (double) correctPairs / groupedPairs;
		}

		double recall() {
			return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
		}

		double storiesFlaggedShare() {
			return stories == 0 ? 1 : (double) storiesFlagged / stories;
		}

		@Override
		public String toString() {
			return String.format("precision %.4f, recall %.4f (%d of %d true pairs, %d grouped), %d campaigns, "
					+ "%d of %d stories flagged, %d flagged in all", precision(), recall(), correctPairs, truePairs,
					groupedPairs, campaigns, storiesFlagged, stories, flagged);
		}
	}

	private final InMemoryCampaignIndex index = new InMemoryCampaignIndex();
	private final CampaignGrouping grouping;
	private final UUID[] ids;

	GroupingRun(CampaignSettings settings, int size) {
		this.grouping = new CampaignGrouping(settings, index);
		this.ids = new UUID[size];
		for (int i = 0; i < size; i++) {
			ids[i] = new UUID(1, i);
		}
	}

	/** Groups every letter in order of arrival (the timed part). */
	void groupAll(List<CampaignMail.Letter> letters) {
		Instant start = Instant.parse("2026-11-23T09:00:00Z");
		for (CampaignMail.Letter letter : letters) {
			grouping.place(new CampaignIndex.Item(ids[letter.number()], OFFICE, start.plusSeconds(letter.number()),
					grouping.fingerprint(letter.text())));
		}
	}

	Score score(List<CampaignMail.Letter> letters) {
		Map<UUID, Long> predicted = new HashMap<>();
		Map<Integer, Long> truth = new HashMap<>();
		Map<String, Long> both = new HashMap<>();
		int stories = 0;
		int storiesFlagged = 0;
		int flagged = 0;
		for (CampaignMail.Letter letter : letters) {
			UUID campaign = index.campaignOf(ids[letter.number()]);
			boolean isFlagged = campaign != null && index.matchOf(ids[letter.number()]).flagged();
			flagged += isFlagged ? 1 : 0;
			if (letter.story()) {
				stories++;
				storiesFlagged += isFlagged ? 1 : 0;
			}
			if (campaign != null) {
				predicted.merge(campaign, 1L, Long::sum);
			}
			if (letter.campaign() > 0) {
				truth.merge(letter.campaign(), 1L, Long::sum);
			}
			if (campaign != null && letter.campaign() > 0) {
				both.merge(campaign + "/" + letter.campaign(), 1L, Long::sum);
			}
		}
		return new Score(pairs(truth), pairs(predicted), pairs(both), index.campaignCount(), stories, storiesFlagged,
				flagged);
	}

	private static long pairs(Map<?, Long> groups) {
		return groups.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
	}
}
