package org.redbox.correspondence.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.redbox.correspondence.LetterSettings;
import org.redbox.directory.SignedInStaff;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends a signed reply by email (SMTP): the reply as HTML with a plain-text alternative, and
 * the letter as a PDF attachment. Crash safety: a pending dispatch record with the message's
 * Message-ID commits before the message leaves; the case records the dispatch only after the
 * mail server took it. If Redbox stops in between, the case is still at dispatch and a retry
 * sends again with the same Message-ID (at least once, recognisably the same message), rather
 * than closing a case whose reply never left (at most once). Email needs
 * {@code spring.mail.host}; without it nothing is sent and the page offers posting instead.
 */
@Service
public class EmailDispatch {

	private final EmailPreparation preparation;
	private final LetterDispatch dispatch;
	private final ObjectProvider<JavaMailSender> mail;
	private final LetterSettings settings;
	private final Clock clock;

	EmailDispatch(EmailPreparation preparation, LetterDispatch dispatch, ObjectProvider<JavaMailSender> mail,
			LetterSettings settings, Clock clock) {
		this.preparation = preparation;
		this.dispatch = dispatch;
		this.mail = mail;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether an SMTP server is configured. */
	public boolean isSetUp() {
		return mail.getIfAvailable() != null;
	}

	/**
	 * Sends the reply and records the dispatch; returns the Message-ID.
	 *
	 * @throws IllegalStateException (nothing sent, the case unchanged) when email is not set up, the
	 *         reply is not signed off or was changed since, no correspondent has an email address,
	 *         or the mail server refused the message
	 */
	public String send(SignedInStaff by, UUID id) {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			throw new IllegalStateException("Email is not set up on this Redbox: mark the reply as posted instead");
		}
		EmailPreparation.Outgoing outgoing = preparation.prepare(by, id, settings.from());
		MimeMessage message = compose(outgoing);
		try {
			sender.send(message);
		}
		catch (MailException e) {
			throw new IllegalStateException("The mail server did not take the reply, so it was not sent: try again later", e);
		}
		dispatch.recordEmailed(by, id, outgoing, bytesOf(message));
		return outgoing.messageId();
	}

	private MimeMessage compose(EmailPreparation.Outgoing out) {
		try {
			MimeMessage message = new MessageWithId(out.messageId());
			var helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, "UTF-8");
			helper.setFrom(out.from());
			helper.setTo(new InternetAddress(out.to().email(), out.to().name(), "UTF-8"));
			helper.setSubject(out.subject());
			helper.setSentDate(Date.from(clock.instant()));
			helper.setText(plainText(out.html()), "<!DOCTYPE html><html><body>" + out.html() + "</body></html>");
			helper.addAttachment(out.pdfName(), new ByteArrayResource(out.pdf()), LetterDispatch.PDF);
			message.saveChanges();
			return message;
		}
		catch (MessagingException | UnsupportedEncodingException e) {
			throw new IllegalStateException("The reply could not be made into an email", e);
		}
	}

	/** The reply as plain text: one paragraph, heading or list item per block, line breaks kept. */
	static String plainText(String html) {
		var document = Jsoup.parseBodyFragment(html);
		document.outputSettings().prettyPrint(false);
		document.select("br").after("\\n");
		document.select("p, li, h2, h3").after("\\n\\n");
		return document.text().replace("\\n", "\n").replaceAll(" *\n *", "\n").strip() + "\n";
	}

	private static byte[] bytesOf(MimeMessage message) {
		try {
			var out = new ByteArrayOutputStream();
			message.writeTo(out);
			return out.toByteArray();
		}
		catch (IOException | MessagingException e) {
			throw new IllegalStateException("The sent message could not be kept", e);
		}
	}

	/** A message that keeps the Message-ID Redbox gave it, rather than one Jakarta Mail makes up. */
	private static final class MessageWithId extends MimeMessage {

		private final String id;

		MessageWithId(String id) {
			super(Session.getInstance(new Properties()));
			this.id = id;
		}

		@Override
		protected void updateMessageID() throws MessagingException {
			setHeader("Message-ID", id);
		}
	}
}
