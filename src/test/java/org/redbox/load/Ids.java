package org.redbox.load;

import java.util.SplittableRandom;
import java.util.UUID;

/** Version 4 UUIDs from a seeded random, so that the same seed makes the same ids. */
final class Ids {

	private Ids() {
	}

	static UUID next(SplittableRandom random) {
		long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
		long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
		return new UUID(high, low);
	}
}
