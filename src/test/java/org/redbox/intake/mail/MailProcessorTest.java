package org.redbox.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.redbox.intake.acknowledgement.AcknowledgementSettings;
import org.redbox.shared.OfficeId;
import org.springframework.util.unit.DataSize;

/** Reading a message is bounded in time: one that takes too long is quarantined and never reaches a case. */
class MailProcessorTest {

	@Test
	void aMessageThatTakesLongerThanTheLimitToReadIsQuarantined() throws Exception {
		var settings = new MailIntakeSettings(Duration.ofMinutes(1), 200, DataSize.ofMegabytes(25), 20,
				DataSize.ofMegabytes(10), 100_000, Duration.ofMillis(1), Duration.ofSeconds(20), false, Duration.ofMinutes(10), Duration.ofSeconds(30));
		MailIntake intake = mock(MailIntake.class);
		MailQuarantine quarantine = mock(MailQuarantine.class);
		var processor = new MailProcessor(settings, intake, quarantine,
				new AcknowledgementSettings(true, "redbox@localhost", "s", "b", Duration.ofSeconds(10), true));
		String html = "<div><p>Deeply <b>nested</b> <i>markup</i></p>".repeat(200_000) + "</div>";
		String raw = TestMessages.html("Ola <ola@example.org>", "Heavy HTML", null, html, null, null);
		var message = new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
		var mailbox = new Mailbox(OfficeId.random(), new MailboxDetails("Test", "localhost", 143, MailboxSecurity.NONE,
				"user", "SECRET", null, null, null), Instant.EPOCH);

		processor.handle(mailbox, message);

		verify(quarantine).record(eq(mailbox), any(),
				argThat(why -> why.getMessage().startsWith("Reading the message took longer than")), any());
		verifyNoInteractions(intake);
		processor.stop();
	}
}
