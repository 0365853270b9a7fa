package org.redbox.directory.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo office ({@code redbox.demo.*}): on by default so that {@code ./mvnw spring-boot:run}
 * gives something to sign in to; a real installation sets {@code redbox.demo.enabled=false}.
 *
 * @param apiToken when set (and demo data is on), an API token with this value is seeded for the
 *        Mayor's office's demo caseworker, so that a load harness can call {@code /api}; unset by default
 */
@ConfigurationProperties("redbox.demo")
public record DemoSettings(@DefaultValue("true") boolean enabled,
		@DefaultValue("exampleton-demo-2026") String password, String apiToken) {
}
