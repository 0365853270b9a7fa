package org.redbox.correspondence.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One attempt to email a signed reply, written before the message goes to the mail server. It
 * stays PENDING until the case records the dispatch; a retry of a pending attempt for the same
 * signed text sends with the same Message-ID, so a message sent twice (after a crash between
 * sending and recording) is recognisably the same message.
 */
@Entity
@Table(name = "reply_dispatch")
class ReplyDispatch {

	enum Status {
		PENDING, SENT
	}

	@Id
	private UUID id;
	@Column(name = "case_id")
	private UUID caseId;
	@Column(name = "message_id")
	private String messageId;
	@Column(name = "signed_hash")
	private String signedHash;
	private String recipient;
	@Enumerated(EnumType.STRING)
	private Status status;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "sent_at")
	private Instant sentAt;
	@Version
	private Long version;

	protected ReplyDispatch() {
	}

	ReplyDispatch(UUID caseId, String signedHash, String recipient, String domain, Instant now) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.messageId = "<" + UUID.randomUUID() + "@" + domain + ">";
		this.signedHash = signedHash;
		this.recipient = recipient;
		this.status = Status.PENDING;
		this.createdAt = now;
	}

	/** Whether a retry may reuse this attempt: still pending, for the same signed text and recipient. */
	boolean isRetryOf(String hash, String to) {
		return status == Status.PENDING && signedHash.equals(hash) && recipient.equalsIgnoreCase(to);
	}

	void sent(Instant now) {
		status = Status.SENT;
		sentAt = now;
	}

	UUID caseId() {
		return caseId;
	}

	UUID id() {
		return id;
	}

	String messageId() {
		return messageId;
	}

	Status status() {
		return status;
	}
}
