package org.redbox.intake.mail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;

/**
 * The key a message is known by in a mailbox, the same whether it is worked out from the server's
 * headers or from the raw message: its {@code Message-ID}, or without one a SHA-256 of the raw
 * message. Also the bounded download of a raw message.
 */
final class MailKeys {

	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,500}>");

	private MailKeys() {
	}

	static String of(byte[] raw) {
		String id = null;
		try {
			var headers = new InternetHeaders(new ByteArrayInputStream(raw), true);
			id = messageId(headers.getHeader("Message-ID", null));
		}
		catch (MessagingException | RuntimeException unreadableHeaders) {
			id = null;
		}
		return id != null ? id : "sha256:" + sha256(raw);
	}

	/** The {@code Message-ID} from the server's headers, or {@code null} when it has none (the raw message decides). */
	static String fromHeaders(Message message) throws MessagingException {
		String[] ids = message.getHeader("Message-ID");
		return ids == null || ids.length == 0 ? null : messageId(ids[0]);
	}

	/** A message too large to download and without a Message-ID: known by what the server says of it. */
	static String ofOversized(Message message) throws MessagingException {
		var summary = summary(message);
		return "size:" + message.getSize() + ":" + sha256((summary.subject() + "|" + summary.sender() + "|"
				+ summary.sentAt()).getBytes(StandardCharsets.UTF_8));
	}

	static MailParser.Summary summary(Message message) {
		try {
			String[] from = message.getHeader("From");
			return new MailParser.Summary(MailParser.clean(message.getSubject(), 300),
					from == null ? null : MailParser.clean(from[0], 300),
					message.getSentDate() == null ? null : message.getSentDate().toInstant());
		}
		catch (MessagingException | RuntimeException e) {
			return new MailParser.Summary(null, null, null);
		}
	}

	/** The raw message, at most {@code max + 1} bytes of it (so that a caller can tell it was longer). */
	static byte[] raw(Message message, long max) throws MessagingException {
		var out = new Bounded((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
		try {
			message.writeTo(out);
		}
		catch (Bounded.Full full) {
			// as much as the limit allows, and one byte more
		}
		catch (IOException e) {
			throw new MessagingException("Could not read the message from the server", e);
		}
		return out.toByteArray();
	}

	static String messageId(String header) {
		if (header == null) {
			return null;
		}
		Matcher matcher = MESSAGE_ID.matcher(header);
		return matcher.find() ? matcher.group() : null;
	}

	static String sha256(byte[] raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static final class Bounded extends OutputStream {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
		private final int limit;

		Bounded(int limit) {
			this.limit = limit;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			int room = limit - bytes.size();
			bytes.write(b, off, Math.min(room, len));
			if (len > room) {
				throw new Full();
			}
		}

		byte[] toByteArray() {
			return bytes.toByteArray();
		}

		static final class Full extends IOException {
			Full() {
				super("limit reached");
			}
		}
	}
}
