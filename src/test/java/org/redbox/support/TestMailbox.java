package org.redbox.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** What the test SMTP server received, read per recipient. */
public class TestMailbox {

	private final GreenMail greenMail;

	TestMailbox(GreenMail greenMail) {
		this.greenMail = greenMail;
	}

	/** Every message received so far for {@code address}. */
	public List<MimeMessage> to(String address) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
	}

	/** Waits (up to 10 s) until {@code address} has received at least {@code count} messages. */
	public List<MimeMessage> awaitTo(String address, int count) {
		await().atMost(Duration.ofSeconds(10)).until(() -> to(address).size() >= count);
		return to(address);
	}

	private static boolean isTo(MimeMessage message, String address) {
		try {
			Address[] recipients = message.getAllRecipients();
			return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().contains(address));
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
