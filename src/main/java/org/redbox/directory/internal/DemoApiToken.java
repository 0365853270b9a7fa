package org.redbox.directory.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With demo data on and {@code redbox.demo.api-token} set, seeds that token for the Mayor's
 * office's demo caseworker (once; later starts find it), so that the load harness can call the
 * API without anyone signing in to create a token.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoApiToken implements ApplicationRunner {

	static final String CASEWORKER = "caseworker@exampleton.gov.uk";

	private static final Logger log = LoggerFactory.getLogger(DemoApiToken.class);

	private final DemoSettings demo;
	private final ApiTokenAdministration tokens;

	DemoApiToken(DemoSettings demo, ApiTokenAdministration tokens) {
		this.demo = demo;
		this.tokens = tokens;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (demo.enabled() && demo.apiToken() != null && !demo.apiToken().isBlank()) {
			tokens.ensure(CASEWORKER, demo.apiToken().strip(), "Demo token (redbox.demo.api-token)");
			log.warn("Demo API token from redbox.demo.api-token acts as {}", CASEWORKER);
		}
	}
}
