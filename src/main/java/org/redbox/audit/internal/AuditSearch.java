package org.redbox.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.ReadAuditor;
import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching and exporting the trail. An authority-wide auditor sees every entry; an
 * office's auditor sees the entries of the offices they audit. Exports are themselves audited.
 */
@Service
public class AuditSearch {

	/** Matches no office: the "in" list may not be empty. */
	private static final UUID NO_OFFICE = new UUID(0, 0);

	private final EntityManager em;
	private final ReadAuditor reads;
	private final Clock clock;

	AuditSearch(EntityManager em, ReadAuditor reads, Clock clock) {
		this.em = em;
		this.reads = reads;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> search(SignedInStaff auditor, AuditQuery query, Pageable page) {
		AuditFilter filter = filterFor(auditor, query);
		List<AuditEntry> content = filter.select(em).setFirstResult((int) page.getOffset())
				.setMaxResults(page.getPageSize()).getResultList();
		return new PageImpl<>(content, page, filter.count(em).getSingleResult());
	}

	/** Writes every matching entry as CSV, newest first, and records the export. */
	@Transactional(readOnly = true)
	public void exportCsv(SignedInStaff auditor, AuditQuery query, Writer out) {
		AuditFilter filter = filterFor(auditor, query);
		reads.recordRead(auditor.actor(), null, "AuditTrail", null, "exported the audit trail as CSV (person="
				+ query.person() + ", record=" + query.record() + ", from=" + query.from() + ", to=" + query.to() + ")");
		try (Stream<AuditEntry> rows = filter.select(em).getResultStream()) {
			out.write(AuditCsv.HEADER);
			for (var it = rows.iterator(); it.hasNext();) {
				out.write(AuditCsv.row(it.next()));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private AuditFilter filterFor(SignedInStaff auditor, AuditQuery query) {
		Scope scope = scopeOf(auditor);
		return new AuditFilter(query, clock.getZone(), scope.everyOffice(), scope.offices());
	}

	private static Scope scopeOf(SignedInStaff auditor) {
		if (!auditor.holds(Role.AUDITOR)) {
			throw new AccessDeniedException("Only auditors read the audit trail");
		}
		if (auditor.holdsEverywhere(Role.AUDITOR)) {
			return new Scope(true, Set.of(NO_OFFICE));
		}
		Set<UUID> offices = auditor.officesWhereHolding(Role.AUDITOR).stream().map(o -> o.value())
				.collect(Collectors.toSet());
		return new Scope(false, offices.isEmpty() ? Set.of(NO_OFFICE) : offices);
	}

	private record Scope(boolean everyOffice, Set<UUID> offices) {
	}
}
