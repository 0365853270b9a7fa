package org.redbox.support;

import org.springframework.test.context.ActiveProfilesResolver;

/** The "integration-postgres" failsafe run adds the PostgreSQL profiles; the default run stays on H2. */
public class DatabaseProfiles implements ActiveProfilesResolver {

	@Override
	public String[] resolve(Class<?> testClass) {
		return RequiredServices.onPostgres() ? new String[] { "test", "postgres", "postgres-test" }
				: new String[] { "test" };
	}
}
