package org.redbox;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Redbox: the system that runs the private office of an elected leader. One deployable
 * application built as a modular monolith; each top-level package is a module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RedboxApplication {

	/** The zone every date in Redbox is read in unless an office says otherwise. */
	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	public static void main(String[] args) {
		SpringApplication.run(RedboxApplication.class, args);
	}

	/** All code asks this clock for the time, so that deadlines and lockouts are testable. */
	@Bean
	Clock clock() {
		return Clock.system(LONDON);
	}
}
