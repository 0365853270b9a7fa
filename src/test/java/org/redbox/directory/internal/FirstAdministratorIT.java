package org.redbox.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;
import org.redbox.directory.Role;
import org.redbox.directory.RoleGrant;
import org.redbox.support.RequiredServices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A real installation: no demo, and only the administrator named in the environment. */
@SpringBootTest(properties = { "redbox.demo.enabled=false", "redbox.admin.email=Chief.Admin@Council.example",
		"redbox.admin.name=Chief Admin", "redbox.admin.password=kettle-orchard-violin",
		"redbox.directory.authority-name=Newtown Council",
		"spring.datasource.url=jdbc:h2:mem:first-admin;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" })
@ActiveProfiles("test")
class FirstAdministratorIT {

	@Autowired
	DirectoryRecords records;

	@Test
	void createsTheFirstAdministratorFromTheEnvironmentAndNothingElse() {
		assumeFalse(RequiredServices.onPostgres(), "needs an empty database of its own");

		assertThat(records.staff().findAll()).singleElement().satisfies(admin -> {
			assertThat(admin.email()).isEqualTo("chief.admin@council.example");
			assertThat(admin.fullName()).isEqualTo("Chief Admin");
			assertThat(admin.grants()).containsExactly(RoleGrant.everywhere(Role.ADMIN));
		});
		assertThat(records.offices().count()).isZero();
		assertThat(records.teams().count()).isZero();
	}
}
