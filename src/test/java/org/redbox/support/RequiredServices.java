package org.redbox.support;

/**
 * Tests that need a real service (PostgreSQL, Chromium) skip when it is missing, unless
 * {@code REDBOX_REQUIRE_SERVICES=true} (as in CI), when they fail instead.
 */
public final class RequiredServices {

	private RequiredServices() {
	}

	public static boolean required() {
		return "true".equalsIgnoreCase(System.getenv("REDBOX_REQUIRE_SERVICES"))
				|| "true".equalsIgnoreCase(System.getProperty("redbox.require-services"));
	}

	public static boolean onPostgres() {
		return "postgres".equals(System.getProperty("redbox.test.database"));
	}
}
