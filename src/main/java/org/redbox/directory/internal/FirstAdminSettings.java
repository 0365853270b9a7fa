package org.redbox.directory.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator of a real installation, from the environment
 * ({@code REDBOX_ADMIN_EMAIL}, {@code REDBOX_ADMIN_NAME}, {@code REDBOX_ADMIN_PASSWORD}).
 * Used once, when the directory has no staff at all.
 */
@ConfigurationProperties("redbox.admin")
record FirstAdminSettings(String email, String name, String password) {

	boolean isGiven() {
		return email != null && !email.isBlank() && password != null && !password.isBlank();
	}
}
