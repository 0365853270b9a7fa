package org.redbox.audit.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The audit trail's rows. Deliberately a bare {@link Repository}: it can add and read
 * entries, and has no method that updates or deletes one.
 */
public interface AuditEntries extends Repository<AuditEntry, UUID> {

	String SEARCH = """
			select e from AuditEntry e
			where (:person is null or lower(e.actorName) like lower(concat('%', cast(:person as string), '%')))
			  and (:record is null or e.recordId = :record)
			  and (:from is null or e.occurredAt >= :from)
			  and (:until is null or e.occurredAt < :until)
			  and (:everyOffice = true or e.officeId in :offices)
			""";

	AuditEntry save(AuditEntry entry);

	long count();

	@Query(SEARCH + " order by e.occurredAt desc, e.id")
	Page<AuditEntry> search(@Param("person") String person, @Param("record") String record,
			@Param("from") Instant from, @Param("until") Instant until, @Param("everyOffice") boolean everyOffice,
			@Param("offices") Collection<UUID> offices, Pageable pageable);

	@Query(SEARCH + " order by e.occurredAt desc, e.id")
	Stream<AuditEntry> streamAll(@Param("person") String person, @Param("record") String record,
			@Param("from") Instant from, @Param("until") Instant until, @Param("everyOffice") boolean everyOffice,
			@Param("offices") Collection<UUID> offices);
}
