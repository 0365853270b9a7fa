package org.redbox.intake.acknowledgement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AutoReplyPolicyTest {

	private static final Set<String> OWN = Set.of("correspondence@exampleton.gov.uk");

	@Test
	void aResidentWritingInPersonIsAcknowledged() {
		assertThat(AutoReplyPolicy.refusal("nadia.okafor@example.org", Map.of(), OWN)).isEmpty();
		assertThat(AutoReplyPolicy.refusal("Nadia.Okafor@Example.org ", Map.of("auto-submitted", "no"), OWN)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "auto-submitted,auto-replied", "auto-submitted,auto-generated", "precedence,bulk", "precedence,List",
			"precedence,junk", "list-id,<residents.lists.example.org>", "list-unsubscribe,<mailto:leave@example.org>",
			"x-autoreply,yes", "x-auto-response-suppress,OOF, AutoReply" })
	void mailAMachineSentIsNeverAnswered(String header, String value) {
		assertThat(AutoReplyPolicy.refusal("resident@example.org", Map.of(header, value), OWN)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "noreply@example.org", "no-reply@council.example", "do-not-reply@bank.example",
			"MAILER-DAEMON@mx.example.org", "postmaster@example.org", "bounces@lists.example.org",
			"noreply+abc@service.example" })
	void noReplyAndSystemAddressesAreNeverAnswered(String address) {
		assertThat(AutoReplyPolicy.refusal(address, Map.of(), OWN)).isPresent();
	}

	@Test
	void theOfficeNeverAcknowledgesItself() {
		assertThat(AutoReplyPolicy.refusal("Correspondence@Exampleton.gov.uk", Map.of(), OWN)).isPresent();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "not an address", "\"quoted\"@example.org", "nobody@", "@example.org" })
	void aMissingOrForgedSenderIsNotAnswered(String address) {
		assertThat(AutoReplyPolicy.refusal(address, Map.of(), OWN)).isPresent();
		assertThat(AutoReplyPolicy.refusal(null, Map.of(), OWN)).isPresent();
	}
}
