package org.redbox.load;

/** Settings of the load tools: an environment variable, else a system property, else the default. */
final class Env {

	private Env() {
	}

	static String get(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
	}
}
