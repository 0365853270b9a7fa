package org.redbox.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

	private static final PasswordPolicy POLICY = PasswordPolicy.withBundledList(12);

	@ParameterizedTest
	@ValueSource(strings = { "short", "elevenchars", "" })
	void refusesPasswordsShorterThanTwelveCharacters(String candidate) {
		assertThat(POLICY.problemWith(candidate)).hasValueSatisfying(p -> assertThat(p).contains("at least 12"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "123qweasdzxc", "Q1W2E3R4T5Y6", "password1234", "PASSWORD123456!", "iloveyou123456", "aaaaaaaaaaaaaa",
			"1234567890123" })
	void refusesCommonPasswordsAndCommonPasswordsWithDigitsAdded(String candidate) {
		assertThat(POLICY.problemWith(candidate)).hasValueSatisfying(p -> assertThat(p).contains("too common"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "correct horse battery", "kettle-orchard-violin", "alllowercasenocomposition" })
	void acceptsLongUncommonPasswordsWithoutCompositionRules(String candidate) {
		assertThat(POLICY.problemWith(candidate)).isEmpty();
	}
}
