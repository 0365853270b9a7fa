package org.redbox.audit.internal;

import java.time.Clock;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;
import org.redbox.shared.ReadAuditor;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit trail: one entry per auditable event, after the change that published
 * it committed (the event publication registry re-delivers any event whose entry was not
 * written, also after a crash), and one per read of personal data.
 */
@Component
class AuditRecorder implements ReadAuditor {

	private final AuditEntries entries;
	private final Clock clock;

	AuditRecorder(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(AuditableEvent event) {
		entries.save(AuditEntry.of(event));
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordRead(Actor who, OfficeId office, String recordType, String recordId, String what) {
		entries.save(AuditEntry.ofRead(clock.instant(), who, office, recordType, recordId, what));
	}
}
