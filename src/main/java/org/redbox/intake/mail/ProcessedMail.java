package org.redbox.intake.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message that became a case or was added to one, written in the same transaction: its
 * uniqueness on (mailbox, key) is what stops a repeated fetch from making a second case.
 */
@Entity
@Table(name = "intake_mail_message")
class ProcessedMail {

	@Id
	private UUID id;
	@Column(name = "mailbox_id")
	private UUID mailboxId;
	@Column(name = "message_key")
	private String messageKey;
	@Column(name = "case_id")
	private UUID caseId;
	private boolean threaded;
	@Column(name = "processed_at")
	private Instant processedAt;

	protected ProcessedMail() {
	}

	ProcessedMail(UUID mailboxId, String messageKey, UUID caseId, boolean threaded, Instant now) {
		this.id = UUID.randomUUID();
		this.mailboxId = mailboxId;
		this.messageKey = messageKey;
		this.caseId = caseId;
		this.threaded = threaded;
		this.processedAt = now;
	}

	String messageKey() {
		return messageKey;
	}

	UUID caseId() {
		return caseId;
	}

	boolean threaded() {
		return threaded;
	}
}
