package org.redbox.audit.internal;

import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * The audit trail's rows. Deliberately a bare {@link Repository}: it can add and read
 * entries (searches are built by {@link AuditSearch}), and has no method that updates or deletes one.
 */
public interface AuditEntries extends Repository<AuditEntry, UUID> {

	AuditEntry save(AuditEntry entry);

	long count();
}
