package org.redbox.intake.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.redbox.correspondence.IncomingCorrespondence.Attachment;

/**
 * A message read from a mailbox, made safe: what a case needs of it.
 *
 * @param key its {@code Message-ID}, or {@code sha256:<hash of the raw message>} when it has none
 * @param messageId its {@code Message-ID} as sent, or {@code null}
 * @param text the plain text (from the text part, or from the HTML), cut at the limit
 * @param html the HTML part after sanitising (no scripts, styles or images), or {@code null}
 * @param headers the first value of each header, by lower-case name (for the acknowledgement rules)
 * @param threadIds the message ids it answers ({@code In-Reply-To} first, then {@code References})
 */
public record IncomingMail(String key, String messageId, String subject, String senderAddress, String senderName,
		Instant sentAt, String text, String html, List<Attachment> attachments, Map<String, String> headers,
		List<String> threadIds) {
}
