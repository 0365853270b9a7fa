package org.redbox.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the calendar-sync tests against a real Radicale CalDAV server when one answers (started by
 * {@code scripts/radicale-test-server.sh}, as {@code .ci/run} does); skips them when none does,
 * unless {@code REDBOX_REQUIRE_SERVICES=true} (as in CI), when they fail instead.
 */
public class RadicaleAvailable implements ExecutionCondition {

	/** The server's root, ending in a slash; the test user's calendars go under {@code URL + USER + "/"}. */
	public static final String URL = slash(System.getenv().getOrDefault("REDBOX_TEST_RADICALE_URL", "http://127.0.0.1:15232/"));
	public static final String USER = System.getenv().getOrDefault("REDBOX_TEST_RADICALE_USER", "redbox");
	public static final String PASSWORD = System.getenv().getOrDefault("REDBOX_TEST_RADICALE_PASSWORD", "redbox-test");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		URI uri = URI.create(URL);
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
			return ConditionEvaluationResult.enabled("Radicale at " + URL);
		}
		catch (IOException e) {
			if (RequiredServices.required()) {
				throw new ExtensionConfigurationException("Radicale is required (REDBOX_REQUIRE_SERVICES=true) but nothing "
						+ "answers at " + URL + ": apt-get install radicale, then scripts/radicale-test-server.sh");
			}
			return ConditionEvaluationResult.disabled("No CalDAV server at " + URL + ": skipped");
		}
	}

	private static String slash(String url) {
		return url.endsWith("/") ? url : url + "/";
	}
}
