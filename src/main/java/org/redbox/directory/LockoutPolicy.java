package org.redbox.directory;

import java.time.Duration;
import java.time.Instant;

/**
 * After so many wrong passwords in a row an account is locked for a while (NCSC: throttle,
 * don't lock forever). Defaults: 5 attempts, 15 minutes.
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

	public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

	public LockoutPolicy {
		if (maxFailures < 1) {
			throw new IllegalArgumentException("maxFailures must be at least 1");
		}
	}

	public boolean locksAfter(int failuresInARow) {
		return failuresInARow >= maxFailures;
	}

	public Instant lockedUntil(Instant now) {
		return now.plus(lockDuration);
	}
}
