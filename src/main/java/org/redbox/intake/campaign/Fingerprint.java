package org.redbox.intake.campaign;

import java.util.Arrays;
import java.util.List;

/**
 * A normalised letter as sets of word shingles (each run of {@code k} consecutive words, hashed
 * to 64 bits), which is what similarity is measured on: shingles keep word order, so two
 * letters on the same topic in their own words share few of them, while a copy with a word
 * changed here and there keeps most.
 *
 * @param text the normalised words, space-separated (what is stored, to rebuild the fingerprint)
 * @param words how many words
 * @param sequence the shingle hashes in text order (a text shorter than {@code k} words is one shingle)
 * @param set the distinct shingle hashes, sorted
 */
record Fingerprint(String text, int words, int k, long[] sequence, long[] set) {

	static Fingerprint of(String letter, int k) {
		return ofWords(LetterNormaliser.words(letter), k);
	}

	/** Rebuilds a fingerprint from its stored {@link #text()}. */
	static Fingerprint ofNormalised(String text, int k) {
		return ofWords(text == null || text.isBlank() ? List.of() : List.of(text.split(" ")), k);
	}

	static Fingerprint ofWords(List<String> words, int k) {
		long[] wordHashes = words.stream().mapToLong(Fingerprint::hash).toArray();
		int count = wordHashes.length == 0 ? 0 : Math.max(1, wordHashes.length - k + 1);
		long[] sequence = new long[count];
		for (int i = 0; i < count; i++) {
			long h = k;
			for (int j = i; j < Math.min(i + k, wordHashes.length); j++) {
				h = mix(h * 0x9E3779B97F4A7C15L + wordHashes[j]);
			}
			sequence[i] = h;
		}
		long[] set = Arrays.stream(sequence).sorted().distinct().toArray();
		return new Fingerprint(String.join(" ", words), words.size(), k, sequence, set);
	}

	/**
	 * How alike two texts are, 0 to 1: the share of the shorter text's words that the other has
	 * in the same place (covered by a shingle they share). A changed word costs one word, not the
	 * {@code k} shingles it breaks, so "80 % similar" means what a reader would take it to mean;
	 * and a copy with a paragraph added or left out is still a copy.
	 */
	double similarityTo(Fingerprint other) {
		Fingerprint shorter = words <= other.words ? this : other;
		Fingerprint longer = shorter == this ? other : this;
		return shorter.words == 0 ? 0 : 1 - (double) shorter.wordsNotIn(longer) / shorter.words;
	}

	/** Words of this text not covered by any shingle of {@code template}: edits and added text, counted in words. */
	int wordsNotIn(Fingerprint template) {
		if (words == 0) {
			return 0;
		}
		boolean[] covered = new boolean[words];
		for (int i = 0; i < sequence.length; i++) {
			if (Arrays.binarySearch(template.set, sequence[i]) >= 0) {
				Arrays.fill(covered, i, Math.min(i + k, words), true);
			}
		}
		int uncovered = 0;
		for (boolean c : covered) {
			uncovered += c ? 0 : 1;
		}
		return uncovered;
	}

	/** FNV-1a over the word's characters, mixed: stable across JVMs, as band keys are stored. */
	static long hash(String word) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < word.length(); i++) {
			h ^= word.charAt(i);
			h *= 0x100000001b3L;
		}
		return mix(h);
	}

	/** MurmurHash3's 64-bit finaliser. */
	static long mix(long z) {
		z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
		z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
		return z ^ (z >>> 33);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Fingerprint f && f.text.equals(text) && f.k == k;
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}

	@Override
	public String toString() {
		return "Fingerprint[" + words + " words]";
	}
}
