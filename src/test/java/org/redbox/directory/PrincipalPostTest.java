package org.redbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

class PrincipalPostTest {

	private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

	private final PrincipalPost mayor = PrincipalPost.create(OfficeId.random(), "Mayor of Exampleton", Actor.system(), NOW);

	@Test
	void aNewHolderEndsThePreviousTermTheDayBefore() {
		mayor.appoint("Alex Morgan", null, LocalDate.of(2024, 5, 10), Actor.system(), NOW);
		mayor.appoint("Bea Khan", null, LocalDate.of(2028, 5, 8), Actor.system(), NOW);

		assertThat(mayor.holderOn(LocalDate.of(2028, 5, 7))).map(Tenure::holderName).hasValue("Alex Morgan");
		assertThat(mayor.holderOn(LocalDate.of(2028, 5, 8))).map(Tenure::holderName).hasValue("Bea Khan");
		assertThat(mayor.tenures()).extracting(Tenure::holderName).containsExactly("Bea Khan", "Alex Morgan");
	}

	@Test
	void afterTheEndOfTermNobodyHoldsThePost() {
		mayor.appoint("Alex Morgan", null, LocalDate.of(2024, 5, 10), Actor.system(), NOW);
		mayor.endTerm(LocalDate.of(2028, 5, 7), Actor.system(), NOW);

		assertThat(mayor.holderOn(LocalDate.of(2028, 5, 8))).isEmpty();
		assertThat(mayor.holderOn(LocalDate.of(2026, 1, 1))).isPresent();
	}

	@Test
	void aNewHolderCannotStartBeforeTheCurrentOne() {
		mayor.appoint("Alex Morgan", null, LocalDate.of(2024, 5, 10), Actor.system(), NOW);

		assertThatThrownBy(() -> mayor.appoint("Bea Khan", null, LocalDate.of(2024, 5, 1), Actor.system(), NOW))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024-05-10");
	}

	@Test
	void aTermCannotEndWhenNobodyHoldsThePost() {
		assertThatThrownBy(() -> mayor.endTerm(LocalDate.of(2028, 5, 7), Actor.system(), NOW))
				.isInstanceOf(IllegalStateException.class);
	}
}
