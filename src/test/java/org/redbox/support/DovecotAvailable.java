package org.redbox.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the email-intake tests against a real Dovecot IMAP server when one answers (started by
 * {@code scripts/dovecot-test-server.sh}, as {@code .ci/run} does); skips them when none does,
 * unless {@code REDBOX_REQUIRE_SERVICES=true} (as in CI), when they fail instead.
 */
public class DovecotAvailable implements ExecutionCondition {

	public static final String HOST = System.getenv().getOrDefault("REDBOX_TEST_DOVECOT_HOST", "127.0.0.1");
	public static final int PORT = Integer.parseInt(System.getenv().getOrDefault("REDBOX_TEST_DOVECOT_PORT", "14143"));
	public static final String USER = System.getenv().getOrDefault("REDBOX_TEST_DOVECOT_USER", "redbox");
	public static final String PASSWORD = System.getenv().getOrDefault("REDBOX_TEST_DOVECOT_PASSWORD", "redbox-test");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(HOST, PORT), 1000);
			return ConditionEvaluationResult.enabled("Dovecot at " + HOST + ":" + PORT);
		}
		catch (IOException e) {
			if (RequiredServices.required()) {
				throw new ExtensionConfigurationException("Dovecot is required (REDBOX_REQUIRE_SERVICES=true) but nothing "
						+ "answers at " + HOST + ":" + PORT + ": apt-get install dovecot-imapd, then scripts/dovecot-test-server.sh");
			}
			return ConditionEvaluationResult.disabled("No IMAP server at " + HOST + ":" + PORT + ": skipped");
		}
	}
}
