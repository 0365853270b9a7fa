package org.redbox.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application test on the real database: embedded H2 in the first failsafe run,
 * PostgreSQL in the second. All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DatabaseAvailable.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = DatabaseProfiles.class)
@Import({ TestClockConfiguration.class, DemoStaff.class, DemoOffices.class, AuditedActions.class })
public @interface IntegrationTest {
}
