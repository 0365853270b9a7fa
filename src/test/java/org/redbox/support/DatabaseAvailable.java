package org.redbox.support;

import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips an integration test in the PostgreSQL run when no PostgreSQL answers (fails instead in CI). */
public class DatabaseAvailable implements ExecutionCondition {

	private static Boolean reachable;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (!RequiredServices.onPostgres()) {
			return ConditionEvaluationResult.enabled("runs on embedded H2");
		}
		String url = System.getProperty("redbox.test.postgres.url", "jdbc:postgresql://localhost:5432/redbox_test");
		if (reachable == null) {
			reachable = canConnect(url);
		}
		if (reachable) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
		}
		if (RequiredServices.required()) {
			throw new ExtensionConfigurationException("PostgreSQL is required (REDBOX_REQUIRE_SERVICES=true) but "
					+ url + " does not answer");
		}
		return ConditionEvaluationResult.disabled("No PostgreSQL at " + url + ": skipped");
	}

	private static boolean canConnect(String url) {
		DriverManager.setLoginTimeout(3);
		String user = System.getenv().getOrDefault("REDBOX_TEST_DB_USER", "postgres");
		String password = System.getenv().getOrDefault("REDBOX_TEST_DB_PASSWORD", "");
		try (var connection = DriverManager.getConnection(url, user, password)) {
			return connection.isValid(3);
		}
		catch (SQLException e) {
			return false;
		}
	}
}
