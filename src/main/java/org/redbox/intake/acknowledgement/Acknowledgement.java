package org.redbox.intake.acknowledgement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * One acknowledgement owed to one address for one case: the row is the outbox (written with the
 * case, sent after), and its uniqueness on (case, address) is what stops a second one.
 */
@Entity
@Table(name = "intake_acknowledgement")
class Acknowledgement implements Persistable<UUID> {

	@Id
	private UUID id;
	/** A new acknowledgement is inserted without first being looked for (its id is made here, not by the database). */
	@Transient
	private boolean fresh = true;
	@Column(name = "case_id")
	private UUID caseId;
	@Column(name = "office_id")
	private UUID officeId;
	private String address;
	@Column(name = "recipient_name")
	private String recipientName;
	private String reference;
	private LocalDate due;
	@Column(name = "in_reply_to")
	private String inReplyTo;
	@Column(name = "requested_at")
	private Instant requestedAt;
	@Column(name = "sent_at")
	private Instant sentAt;

	protected Acknowledgement() {
	}

	Acknowledgement(UUID caseId, UUID officeId, String address, String recipientName, String reference, LocalDate due,
			String inReplyTo, Instant now) {
		this.id = UUID.randomUUID();
		this.caseId = caseId;
		this.officeId = officeId;
		this.address = address;
		this.recipientName = recipientName;
		this.reference = reference;
		this.due = due;
		this.inReplyTo = inReplyTo;
		this.requestedAt = now;
	}

	void markSent(Instant now) {
		sentAt = now;
	}

	UUID id() {
		return id;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		fresh = false;
	}

	UUID officeId() {
		return officeId;
	}

	String address() {
		return address;
	}

	String recipientName() {
		return recipientName;
	}

	String reference() {
		return reference;
	}

	LocalDate due() {
		return due;
	}

	String inReplyTo() {
		return inReplyTo;
	}

	Instant sentAt() {
		return sentAt;
	}
}
