package org.redbox.audit.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The JPQL for an auditor's query within their scope, with only the conditions that were
 * asked for (PostgreSQL cannot type a parameter that is only compared with null).
 */
final class AuditFilter {

	private final StringBuilder where = new StringBuilder(" where 1 = 1");
	private final Map<String, Object> parameters = new HashMap<>();

	AuditFilter(AuditQuery query, ZoneId zone, boolean everyOffice, Set<UUID> offices) {
		if (query.person() != null) {
			add("lower(e.actorName) like :person", "person", "%" + query.person().toLowerCase() + "%");
		}
		if (query.record() != null) {
			add("e.recordId = :record", "record", query.record());
		}
		if (query.from() != null) {
			add("e.occurredAt >= :from", "from", query.fromInstant(zone));
		}
		if (query.to() != null) {
			add("e.occurredAt < :until", "until", query.untilInstant(zone));
		}
		if (!everyOffice) {
			add("e.officeId in :offices", "offices", new ArrayList<>(offices));
		}
	}

	private void add(String condition, String name, Object value) {
		where.append(" and ").append(condition);
		parameters.put(name, value);
	}

	TypedQuery<AuditEntry> select(EntityManager em) {
		return bind(em.createQuery("select e from AuditEntry e" + where + " order by e.occurredAt desc, e.id",
				AuditEntry.class));
	}

	TypedQuery<Long> count(EntityManager em) {
		return bind(em.createQuery("select count(e) from AuditEntry e" + where, Long.class));
	}

	private <T> TypedQuery<T> bind(TypedQuery<T> query) {
		parameters.forEach(query::setParameter);
		return query;
	}

}
