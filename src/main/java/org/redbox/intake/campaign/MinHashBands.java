package org.redbox.intake.campaign;

import java.util.SplittableRandom;

/**
 * Locality-sensitive hashing of fingerprints: a MinHash signature ({@code bands × rows} minimum
 * hashes, each an estimate of Jaccard similarity) cut into bands, each band hashed to one key.
 * Two texts share at least one key with probability {@code 1 - (1 - s^rows)^bands} for Jaccard
 * similarity {@code s}: with 40 bands of 3 rows, 0.88 at s = 0.4, 0.99 at 0.5 and 0.04 at 0.1,
 * so candidates are found by key lookup rather than by comparing with every earlier letter,
 * and the exact check decides. The seeds are fixed, as keys are stored.
 */
final class MinHashBands {

	private final int bands;
	private final int rows;
	private final long[] seeds;

	MinHashBands(int bands, int rows) {
		this.bands = bands;
		this.rows = rows;
		var random = new SplittableRandom(0x5EEDCA3BA16L);
		this.seeds = new long[bands * rows];
		for (int i = 0; i < seeds.length; i++) {
			seeds[i] = random.nextLong();
		}
	}

	static MinHashBands of(CampaignSettings settings) {
		return new MinHashBands(settings.bands(), settings.rowsPerBand());
	}

	/** One key per band; none for an empty text. */
	long[] keys(Fingerprint fingerprint) {
		long[] set = fingerprint.set();
		if (set.length == 0) {
			return new long[0];
		}
		long[] minimum = new long[seeds.length];
		java.util.Arrays.fill(minimum, Long.MAX_VALUE);
		for (long shingle : set) {
			for (int i = 0; i < seeds.length; i++) {
				long h = Fingerprint.mix(shingle ^ seeds[i]);
				if (h < minimum[i]) {
					minimum[i] = h;
				}
			}
		}
		long[] keys = new long[bands];
		for (int b = 0; b < bands; b++) {
			long key = b + 1;
			for (int r = 0; r < rows; r++) {
				key = Fingerprint.mix(key * 0x9E3779B97F4A7C15L + minimum[b * rows + r]);
			}
			keys[b] = key;
		}
		return keys;
	}
}
