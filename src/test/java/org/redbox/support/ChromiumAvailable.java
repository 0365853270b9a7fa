package org.redbox.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a browser journey when Debian's chromium and chromedriver are missing (fails instead in CI). */
public class ChromiumAvailable implements ExecutionCondition {

	public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("REDBOX_CHROMIUM", "/usr/bin/chromium"));
	public static final Path DRIVER = Path.of(System.getenv().getOrDefault("REDBOX_CHROMEDRIVER", "/usr/bin/chromedriver"));

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
			return ConditionEvaluationResult.enabled("Chromium at " + CHROMIUM);
		}
		if (RequiredServices.required()) {
			throw new ExtensionConfigurationException("Chromium is required (REDBOX_REQUIRE_SERVICES=true) but "
					+ CHROMIUM + " or " + DRIVER + " is missing: apt-get install chromium chromium-driver");
		}
		return ConditionEvaluationResult.disabled("No Chromium at " + CHROMIUM + ": skipped");
	}
}
