package org.redbox.intake.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.redbox.shared.OfficeId;

/**
 * A message the poller could not turn into a case, and why: it waits in the mailbox's quarantine
 * folder until someone retries it or logs it by hand.
 */
@Entity
@Table(name = "intake_quarantine")
public class QuarantinedMail {

	@Id
	private UUID id;
	@Column(name = "mailbox_id")
	private UUID mailboxId;
	@Column(name = "office_id")
	private UUID officeId;
	@Column(name = "message_key")
	private String messageKey;
	private String reason;
	private String subject;
	private String sender;
	@Column(name = "received_at")
	private Instant receivedAt;
	@Column(name = "quarantined_at")
	private Instant quarantinedAt;
	private int attempts;
	@Column(name = "resolved_at")
	private Instant resolvedAt;
	private String resolution;

	protected QuarantinedMail() {
	}

	QuarantinedMail(Mailbox mailbox, String messageKey, Instant now) {
		this.id = UUID.randomUUID();
		this.mailboxId = mailbox.id();
		this.officeId = mailbox.office().value();
		this.messageKey = messageKey;
		this.quarantinedAt = now;
	}

	/** Records (again) why the message could not be processed; a retried message is open once more. */
	void failed(UnprocessableMail why, String subject, String sender, Instant receivedAt, Instant now) {
		this.reason = cut(why.getMessage(), 1000);
		this.subject = cut(subject, 1000);
		this.sender = cut(sender, 1000);
		this.receivedAt = receivedAt;
		this.quarantinedAt = now;
		this.attempts++;
		this.resolvedAt = null;
		this.resolution = null;
	}

	void resolve(String how, Instant now) {
		resolvedAt = now;
		resolution = cut(how, 300);
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	public UUID id() {
		return id;
	}

	public UUID mailboxId() {
		return mailboxId;
	}

	public OfficeId office() {
		return new OfficeId(officeId);
	}

	String messageKey() {
		return messageKey;
	}

	public String reason() {
		return reason;
	}

	public String subject() {
		return subject;
	}

	public String sender() {
		return sender;
	}

	public Instant receivedAt() {
		return receivedAt;
	}

	public Instant quarantinedAt() {
		return quarantinedAt;
	}

	public int attempts() {
		return attempts;
	}

	public boolean isOpen() {
		return resolvedAt == null;
	}

	public String resolution() {
		return resolution;
	}
}
