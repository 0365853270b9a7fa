package org.redbox.intake.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the office mailboxes are read, and the limits every message must keep to. The mailboxes
 * themselves are set up on the intake pages by an office's administrator or correspondence
 * manager; without any, nothing is polled. A message over a limit is quarantined, except text:
 * text beyond {@code maxTextLength} is cut, with a note.
 *
 * @param pollInterval how long between the end of one poll of all mailboxes and the next
 * @param batchSize at most this many messages of a mailbox per poll (the rest wait for the next)
 * @param maxMessageSize a larger message is quarantined without being downloaded
 * @param maxAttachments a message with more attachments is quarantined
 * @param maxAttachmentSize a message with a larger attachment is quarantined
 * @param maxTextLength the case text is cut at this many characters
 * @param processingTimeout reading one message (MIME, HTML, attachments) that takes longer is quarantined
 * @param connectionTimeout connecting to, and each read from, the IMAP server
 * @param idle watch each enabled mailbox whose server has IMAP IDLE, and read it as soon as a message arrives
 * @param idleRefresh a watching connection silent this long is opened afresh, within the 29 minutes RFC 2177 allows
 * @param idleCheck how often the watchers are matched to the mailboxes set up, switched on or changed
 */
@ConfigurationProperties("redbox.intake.mail")
public record MailIntakeSettings(@DefaultValue("PT1M") Duration pollInterval, @DefaultValue("200") int batchSize,
		@DefaultValue("25MB") DataSize maxMessageSize, @DefaultValue("20") int maxAttachments,
		@DefaultValue("10MB") DataSize maxAttachmentSize, @DefaultValue("100000") int maxTextLength,
		@DefaultValue("PT30S") Duration processingTimeout, @DefaultValue("PT20S") Duration connectionTimeout,
		@DefaultValue("true") boolean idle, @DefaultValue("PT10M") Duration idleRefresh,
		@DefaultValue("PT30S") Duration idleCheck) {
}
