package org.redbox.audit.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.springframework.data.domain.Persistable;
import org.redbox.shared.Actor;
import org.redbox.shared.AuditKind;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;

/**
 * One line of the audit trail. Immutable: there is no setter, Hibernate never updates it,
 * and on PostgreSQL a trigger refuses UPDATE and DELETE.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry implements Persistable<UUID> {

	private static final int SUMMARY_LIMIT = 2000;

	@Id
	private UUID id;
	/** Entries are only ever added: a new one is inserted without first looking for it. */
	@Transient
	private boolean added = true;
	@Column(name = "occurred_at")
	private Instant occurredAt;
	@Enumerated(EnumType.STRING)
	private AuditKind kind;
	private String action;
	@Column(name = "actor_id")
	private UUID actorId;
	@Column(name = "actor_name")
	private String actorName;
	@Column(name = "office_id")
	private UUID officeId;
	@Column(name = "record_type")
	private String recordType;
	@Column(name = "record_id")
	private String recordId;
	private String summary;
	@Embedded
	private SecurityMarking marking;

	protected AuditEntry() {
	}

	private AuditEntry(Instant occurredAt, AuditKind kind, String action, Actor actor, OfficeId office,
			String recordType, String recordId, String summary) {
		this.id = UUID.randomUUID();
		this.occurredAt = occurredAt;
		this.kind = kind;
		this.action = action;
		this.actorId = actor.staffId() == null ? null : actor.staffId().value();
		this.actorName = actor.name();
		this.officeId = office == null ? null : office.value();
		this.recordType = recordType;
		this.recordId = recordId;
		this.summary = summary.length() > SUMMARY_LIMIT ? summary.substring(0, SUMMARY_LIMIT - 1) + "…" : summary;
		this.marking = SecurityMarking.official(SecurityMarking.Descriptor.PERSONAL);
	}

	static AuditEntry of(AuditableEvent event) {
		return new AuditEntry(event.occurredAt(), event.kind(), event.action(), event.actor(), event.officeId(),
				event.recordType(), event.recordId(), event.summary());
	}

	static AuditEntry ofRead(Instant at, Actor who, OfficeId office, String recordType, String recordId, String what) {
		return new AuditEntry(at, AuditKind.READ, "Viewed", who, office, recordType, recordId, what);
	}

	public UUID id() {
		return id;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public AuditKind kind() {
		return kind;
	}

	public String action() {
		return action;
	}

	public UUID actorId() {
		return actorId;
	}

	public String actorName() {
		return actorName;
	}

	public UUID officeId() {
		return officeId;
	}

	public String recordType() {
		return recordType;
	}

	public String recordId() {
		return recordId;
	}

	public String summary() {
		return summary;
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return added;
	}

	@PostLoad
	void loaded() {
		added = false;
	}
}
