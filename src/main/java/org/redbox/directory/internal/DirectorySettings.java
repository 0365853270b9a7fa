package org.redbox.directory.internal;

import java.time.Duration;

import org.redbox.directory.LockoutPolicy;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the directory ({@code redbox.directory.*}).
 *
 * @param authorityName the authority's name, used when a real installation starts empty
 * @param maxFailedSignIns wrong passwords in a row before an account is locked
 * @param lockDuration how long it stays locked
 * @param minimumPasswordLength NCSC: length over complexity
 */
@ConfigurationProperties("redbox.directory")
record DirectorySettings(
		@DefaultValue("Redbox") String authorityName,
		@DefaultValue("5") int maxFailedSignIns,
		@DefaultValue("15m") Duration lockDuration,
		@DefaultValue("12") int minimumPasswordLength) {

	LockoutPolicy lockoutPolicy() {
		return new LockoutPolicy(maxFailedSignIns, lockDuration);
	}
}
