package org.redbox.audit.internal;

import java.time.Clock;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.ReadAuditor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail: one entry per auditable event, written in the transaction of the
 * change that published it — the change and its entry commit together or not at all, with no
 * re-delivery to wait for — and one per read of personal data, in a transaction of its own (a
 * page that only reads still leaves its entry).
 */
@Component
class AuditRecorder implements ReadAuditor {

	private final AuditEntries entries;
	private final Clock clock;

	AuditRecorder(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	void on(AuditableEvent event) {
		entries.save(AuditEntry.of(event));
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRead(Actor who, OfficeId office, String recordType, String recordId, String what) {
		entries.save(AuditEntry.ofRead(clock.instant(), who, office, recordType, recordId, what));
	}
}
