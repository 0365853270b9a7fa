package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

class StandardLineTest {

	private final StandardLine fareCap = StandardLine.create(OfficeId.random(), "Transport", "Bus fare cap",
			"<p>The £2 cap continues.</p>", LocalDate.of(2027, 3, 31), Actor.system(), Instant.now());

	@Test
	void isOfferedUntilTheDayBeforeItExpires() {
		assertThat(fareCap.isOfferedOn(LocalDate.of(2027, 3, 30))).isTrue();
		assertThat(fareCap.isOfferedOn(LocalDate.of(2027, 3, 31))).isFalse();
		assertThat(fareCap.isOfferedOn(LocalDate.of(2028, 1, 1))).isFalse();
	}

	@Test
	void needsAnExpiryDateAndUsesNoMergeFields() {
		assertThatThrownBy(() -> fareCap.revise("Transport", "Cap", "<p>x</p>", null, Actor.system(), Instant.now()))
				.hasMessage("Enter the date the line expires");
		assertThatThrownBy(() -> fareCap.revise("Transport", "Cap", "<p>{{reference}}</p>", LocalDate.of(2027, 1, 1),
				Actor.system(), Instant.now())).hasMessageContaining("cannot use merge fields");
		assertThat(fareCap.expiresOn()).as("a refused change changes nothing").isEqualTo(LocalDate.of(2027, 3, 31));
	}
}
