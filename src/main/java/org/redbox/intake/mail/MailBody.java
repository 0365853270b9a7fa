package org.redbox.intake.mail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;

import org.redbox.correspondence.IncomingCorrespondence.Attachment;

/**
 * The text, HTML and attachments of a message, read part by part within the limits. Archives are
 * never opened: an attachment is kept as the bytes that came, so a zip bomb is only its own size.
 */
class MailBody {

	private static final int MAX_DEPTH = 10;
	private static final int MAX_PARTS = 200;
	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final MailIntakeSettings settings;
	private final List<Attachment> attachments = new ArrayList<>();
	private String plain;
	private String html;
	private int parts;

	MailBody(MailIntakeSettings settings) {
		this.settings = settings;
	}

	MailBody read(Part message) throws MessagingException, UnprocessableMail {
		walk(message, 0);
		return this;
	}

	String text() {
		String text = plain != null && !plain.isBlank() ? plain.strip() : html != null ? MailHtml.text(html) : "";
		int max = settings.maxTextLength();
		return text.length() <= max ? text
				: text.substring(0, max) + "\n\n[Redbox cut the text here: it was longer than " + max + " characters.]";
	}

	String html() {
		return html == null ? null : MailHtml.sanitise(html);
	}

	List<Attachment> attachments() {
		return List.copyOf(attachments);
	}

	private void walk(Part part, int depth) throws MessagingException, UnprocessableMail {
		if (++parts > MAX_PARTS || depth > MAX_DEPTH) {
			throw new UnprocessableMail("The message has more than " + MAX_PARTS + " parts or nests them too deep");
		}
		String type = baseType(part);
		if (isAttachment(part, type)) {
			attach(part, type);
		}
		else if (type.startsWith("multipart/")) {
			Object content = content(part);
			if (!(content instanceof Multipart multipart)) {
				throw new UnprocessableMail("A multipart section of the message is broken");
			}
			for (int i = 0; i < multipart.getCount(); i++) {
				walk(multipart.getBodyPart(i), depth + 1);
			}
		}
		else if (type.equals("text/plain") && plain == null) {
			plain = text(part);
		}
		else if (type.equals("text/html") && html == null) {
			html = text(part);
		}
	}

	/** Named or declared attachments and any non-text part; unnamed inline images (logos, cid: pictures) are left out. */
	private static boolean isAttachment(Part part, String type) throws MessagingException {
		if (type.startsWith("multipart/")) {
			return false;
		}
		if (type.equals("message/rfc822") || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return true;
		}
		if (type.equals("text/plain") || type.equals("text/html")) {
			return false;
		}
		return filename(part) != null || !type.startsWith("image/");
	}

	private void attach(Part part, String type) throws MessagingException, UnprocessableMail {
		if (attachments.size() >= settings.maxAttachments()) {
			throw new UnprocessableMail("The message has more than " + settings.maxAttachments() + " attachments");
		}
		String name = filename(part);
		if (name == null) {
			name = type.equals("message/rfc822") ? "forwarded-message.eml" : "attachment-" + (attachments.size() + 1);
		}
		long max = settings.maxAttachmentSize().toBytes();
		byte[] content = bounded(part, max);
		if (content.length > max) {
			throw new UnprocessableMail("The attachment " + name + " is larger than "
					+ settings.maxAttachmentSize().toMegabytes() + " MB");
		}
		attachments.add(new Attachment(name, type, content));
	}

	private String text(Part part) throws MessagingException, UnprocessableMail {
		byte[] bytes = bounded(part, settings.maxMessageSize().toBytes());
		return decode(bytes, charset(part));
	}

	/** In the charset it declares; one Java does not know, or bytes that do not fit it, read as UTF-8 or else Windows-1252. */
	static String decode(byte[] bytes, String declared) {
		Charset charset = null;
		try {
			charset = declared == null ? null : Charset.forName(MimeUtility.javaCharset(declared));
		}
		catch (RuntimeException unknownOrIllegal) {
			charset = null;
		}
		if (charset != null) {
			return new String(bytes, charset);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, WINDOWS_1252);
		}
	}

	private static byte[] bounded(Part part, long max) throws MessagingException, UnprocessableMail {
		try (InputStream in = part.getInputStream()) {
			return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
		}
		catch (IOException e) {
			throw new UnprocessableMail("A part of the message cannot be decoded (" + e.getMessage() + ")", e);
		}
	}

	private static Object content(Part part) throws MessagingException, UnprocessableMail {
		try {
			return part.getContent();
		}
		catch (IOException e) {
			throw new UnprocessableMail("A part of the message cannot be read (" + e.getMessage() + ")", e);
		}
	}

	private static String baseType(Part part) {
		try {
			return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
		}
		catch (MessagingException | RuntimeException e) {
			return "application/octet-stream";
		}
	}

	private static String charset(Part part) {
		try {
			return new ContentType(part.getContentType()).getParameter("charset");
		}
		catch (MessagingException | RuntimeException e) {
			return null;
		}
	}

	/** A part's header in raw UTF-8 (as modern mailers write it) is read byte by byte: read it again as UTF-8. */
	static String utf8Read8Bit(String text) {
		if (text.chars().allMatch(c -> c < 0x80) || text.chars().anyMatch(c -> c > 0xFF)) {
			return text;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1))).toString();
		}
		catch (CharacterCodingException notUtf8) {
			return text;
		}
	}

	/** The file name without any folder, control characters or quotes, at most 200 characters. */
	private static String filename(Part part) {
		String name;
		try {
			name = part.getFileName();
			name = name == null ? null : utf8Read8Bit(MimeUtility.decodeText(name));
		}
		catch (MessagingException | IOException | RuntimeException e) {
			return "attachment";
		}
		if (name == null) {
			return null;
		}
		name = name.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = MailParser.clean(name.replaceAll("[\"<>:|?*]", "_"), 200);
		return name == null || name.isBlank() || name.equals(".") || name.equals("..") ? "attachment" : name;
	}
}
