package org.redbox.intake.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How near-identical letters are grouped into campaigns ({@code redbox.intake.campaigns.*}).
 *
 * @param similarity the share (0–1) of the shorter text's word shingles that must be found in
 *        the campaign text for an item to join it (issue 5: at least 80 %)
 * @param shingleWords how many consecutive words make one shingle
 * @param minimumWords items shorter than this, once greetings, sign-offs and addresses are
 *        removed, are never grouped: "Thank you for your reply" is not a campaign
 * @param storyWords an item with at least this many words not in the campaign text is flagged
 *        for individual casework
 * @param storyShare … or with new words making at least this share of the campaign text's length
 * @param bands how many LSH bands the MinHash signature is cut into
 * @param rowsPerBand how many MinHash values make one band
 */
@ConfigurationProperties("redbox.intake.campaigns")
public record CampaignSettings(@DefaultValue("true") boolean enabled, @DefaultValue("0.8") double similarity,
		@DefaultValue("3") int shingleWords, @DefaultValue("25") int minimumWords, @DefaultValue("30") int storyWords,
		@DefaultValue("0.25") double storyShare, @DefaultValue("40") int bands, @DefaultValue("3") int rowsPerBand) {

	public CampaignSettings {
		if (similarity <= 0 || similarity > 1) {
			throw new IllegalArgumentException("redbox.intake.campaigns.similarity must be above 0 and at most 1");
		}
		if (shingleWords < 1 || bands < 1 || rowsPerBand < 1 || minimumWords < shingleWords) {
			throw new IllegalArgumentException("redbox.intake.campaigns: shingle-words, bands and rows-per-band must be"
					+ " positive, and minimum-words at least shingle-words");
		}
	}

	public static CampaignSettings defaults() {
		return new CampaignSettings(true, 0.8, 3, 25, 30, 0.25, 40, 3);
	}

	/** How many new words make a personal story, for a campaign text of {@code templateWords} words. */
	int storyThreshold(int templateWords) {
		return Math.max(1, Math.min(storyWords, (int) Math.ceil(storyShare * templateWords)));
	}
}
