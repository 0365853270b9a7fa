package org.redbox.shared;

import java.time.Instant;

/**
 * A domain event the audit trail records. Modules publish these together with the change
 * they describe (in the same transaction), and the audit module appends one entry per event
 * through the event publication registry, so an audited change can never lose its entry.
 */
public interface AuditableEvent {

	/** Who made the change. */
	Actor actor();

	/** When it happened, from the injected clock. */
	Instant occurredAt();

	/** The office that owns the changed record; {@code null} for authority-wide records. */
	OfficeId officeId();

	/** The kind of record changed, e.g. {@code StaffAccount}. */
	String recordType();

	/** The id of the record changed; may be {@code null} when there is none (a failed sign-in to an unknown account). */
	String recordId();

	/** A short, human-readable before/after summary. Never a password or other secret. */
	String summary();

	/** Whether this is a change, a sign-in matter or a read; most events are changes. */
	default AuditKind kind() {
		return AuditKind.CHANGE;
	}

	/** The name of what happened; by default the event's simple class name, e.g. {@code RoleGranted}. */
	default String action() {
		return getClass().getSimpleName();
	}
}
