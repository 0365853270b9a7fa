package org.redbox.intake.mail;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * Reads a raw message as hostile input: everything is bounded by {@link MailIntakeSettings}, a
 * broken part or an unknown charset never stops it, and what cannot be made into a case (no
 * readable sender, a broken MIME structure, a limit passed) is refused with the reason.
 */
class MailParser {

	private static final Session SESSION = Session.getInstance(lenient());
	private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>\",;]+@[^\\s@<>\",;]+\\.[^\\s@<>\",;]+");
	private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,500}>");
	private static final int MAX_HEADERS = 500;

	private final MailIntakeSettings settings;

	MailParser(MailIntakeSettings settings) {
		this.settings = settings;
	}

	/**
	 * @param ownAddresses the office's own addresses (lower case): mail claiming to be from them is refused,
	 *            as a forgery or a loop
	 */
	IncomingMail parse(byte[] raw, Set<String> ownAddresses) throws UnprocessableMail {
		if (raw.length > settings.maxMessageSize().toBytes()) {
			throw new UnprocessableMail("The message is larger than " + settings.maxMessageSize().toMegabytes() + " MB");
		}
		try {
			MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
			String messageId = MailKeys.messageId(message.getHeader("Message-ID", null));
			String key = messageId != null ? messageId : "sha256:" + MailKeys.sha256(raw);
			InternetAddress sender = sender(message, ownAddresses);
			MailBody body = new MailBody(settings).read(message);
			return new IncomingMail(key, messageId, subject(message), sender.getAddress().toLowerCase(Locale.ROOT),
					name(sender), sentAt(message), body.text(), body.html(), body.attachments(), headers(message),
					threadIds(message));
		}
		catch (MessagingException | RuntimeException e) {
			throw new UnprocessableMail("The message cannot be read (" + describe(e) + ")", e);
		}
	}

	/** The subject and sender as well as they can be read, for the quarantine list. */
	static Summary summarise(byte[] raw) {
		try {
			MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
			return new Summary(subject(message), decoded(message.getHeader("From", ",")), sentAt(message));
		}
		catch (MessagingException | RuntimeException e) {
			return new Summary(null, null, null);
		}
	}

	record Summary(String subject, String sender, Instant sentAt) {
	}

	private static InternetAddress sender(MimeMessage message, Set<String> ownAddresses) throws UnprocessableMail,
			MessagingException {
		String from = message.getHeader("From", ",");
		if (from == null || from.isBlank()) {
			throw new UnprocessableMail("The message has no sender (no From header)");
		}
		InternetAddress[] addresses;
		try {
			addresses = InternetAddress.parseHeader(from, false);
		}
		catch (AddressException e) {
			throw new UnprocessableMail("The sender's address cannot be read: " + clean(from, 200));
		}
		InternetAddress first = addresses.length == 0 ? null : addresses[0];
		if (first != null && first.getAddress() != null && ownAddresses.contains(first.getAddress().toLowerCase(Locale.ROOT))) {
			throw new UnprocessableMail("The message claims to come from the office's own address "
					+ first.getAddress() + " (forged, or a mail loop)");
		}
		if (first == null || first.getAddress() == null || !ADDRESS.matcher(first.getAddress()).matches()
				|| first.getAddress().length() > 320) {
			throw new UnprocessableMail("The sender's address is not an email address: " + clean(from, 200));
		}
		return first;
	}

	/** The display name, never trusted to be an address: one that looks like one gives way to the real address. */
	private static String name(InternetAddress sender) {
		String personal = clean(sender.getPersonal(), 200);
		if (personal == null || personal.isBlank() || personal.contains("@")) {
			return sender.getAddress();
		}
		return personal;
	}

	private static String subject(MimeMessage message) {
		String subject;
		try {
			subject = message.getSubject();
		}
		catch (MessagingException | RuntimeException e) {
			subject = null;
		}
		subject = clean(subject, 300);
		return subject == null || subject.isBlank() ? "(no subject)" : subject;
	}

	private static Instant sentAt(MimeMessage message) {
		try {
			var date = message.getSentDate();
			return date == null ? null : date.toInstant();
		}
		catch (MessagingException | RuntimeException e) {
			return null;
		}
	}

	private static Map<String, String> headers(MimeMessage message) throws MessagingException {
		Map<String, String> headers = new LinkedHashMap<>();
		var all = message.getAllHeaders();
		for (int i = 0; i < MAX_HEADERS && all.hasMoreElements(); i++) {
			Header header = all.nextElement();
			headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), clean(header.getValue(), 1000));
		}
		return Collections.unmodifiableMap(headers);
	}

	private static List<String> threadIds(MimeMessage message) throws MessagingException {
		List<String> ids = new ArrayList<>();
		for (String name : List.of("In-Reply-To", "References")) {
			String value = message.getHeader(name, " ");
			if (value != null) {
				Matcher matcher = MESSAGE_ID.matcher(value);
				while (matcher.find() && ids.size() < 50) {
					if (!ids.contains(matcher.group())) {
						ids.add(matcher.group());
					}
				}
			}
		}
		return ids;
	}

	private static String decoded(String header) {
		if (header == null) {
			return null;
		}
		try {
			return clean(MimeUtility.decodeText(header), 300);
		}
		catch (java.io.UnsupportedEncodingException | RuntimeException e) {
			return clean(header, 300);
		}
	}

	/** Without control characters (bidi overrides included), on one line, at most {@code max} long. */
	static String clean(String text, int max) {
		if (text == null) {
			return null;
		}
		String cleaned = text.replaceAll("[\\p{Cc}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029\\uFEFF]+", " ").replaceAll("\\s+", " ").strip();
		return cleaned.length() <= max ? cleaned : cleaned.substring(0, max);
	}

	private static String describe(Exception e) {
		String message = e.getMessage();
		return e.getClass().getSimpleName() + (message == null ? "" : ": " + clean(message, 200));
	}

	private static Properties lenient() {
		Properties properties = new Properties();
		properties.put("mail.mime.address.strict", "false");
		properties.put("mail.mime.decodetext.strict", "false");
		properties.put("mail.mime.parameters.strict", "false");
		properties.put("mail.mime.allowutf8", "true");
		properties.put("mail.mime.multipart.ignoreexistingboundaryparameter", "false");
		return properties;
	}
}
