package org.redbox.notifications.internal;

import jakarta.persistence.EntityManager;

import org.redbox.notifications.Notice;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a notice unless the same happening was already noticed. Each is written in its own
 * transaction, so a key taken by another node (a race the unique key settles) loses nothing else.
 */
@Component
class NoticeWriter {

	private final NoticeRepository notices;
	private final EntityManager entities;
	private final TransactionTemplate ownTransaction;

	NoticeWriter(NoticeRepository notices, EntityManager entities, PlatformTransactionManager transactions) {
		this.notices = notices;
		this.entities = entities;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Returns whether the notice was new. */
	boolean keep(Notice notice) {
		try {
			return Boolean.TRUE.equals(ownTransaction.execute(status -> {
				if (notices.existsByDedupeKey(notice.dedupeKey())) {
					return false;
				}
				entities.persist(notice);
				entities.flush();
				return true;
			}));
		}
		catch (DataIntegrityViolationException alreadyKept) {
			return false;
		}
	}
}
