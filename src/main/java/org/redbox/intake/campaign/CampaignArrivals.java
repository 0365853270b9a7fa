package org.redbox.intake.campaign;

import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.redbox.correspondence.CampaignCases;
import org.redbox.correspondence.CaseLogged;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups every case as it is logged — by a mailbox, the web form, staff or the API — after the
 * case committed. The event publication registry re-delivers an arrival whose grouping did not
 * finish (also after a crash), and an item already grouped is not grouped again. One office's
 * arrivals are grouped one at a time, each in its own transaction that commits before the next
 * starts, so that two copies arriving together still find each other.
 */
@Component
class CampaignArrivals {

	private final CampaignCases cases;
	private final CampaignItems items;
	private final CampaignGrouping grouping;
	private final CampaignSettings settings;
	private final TransactionTemplate tx;
	private final ConcurrentHashMap<UUID, ReentrantLock> officeLocks = new ConcurrentHashMap<>();

	CampaignArrivals(CampaignCases cases, CampaignItems items, StoredCampaignIndex index, CampaignSettings settings,
			TransactionTemplate tx) {
		this.cases = cases;
		this.items = items;
		this.grouping = new CampaignGrouping(settings, index);
		this.settings = settings;
		this.tx = tx;
	}

	@Async
	@TransactionalEventListener
	void on(CaseLogged logged) {
		if (!settings.enabled()) {
			return;
		}
		ReentrantLock lock = officeLocks.computeIfAbsent(logged.office().value(), office -> new ReentrantLock());
		lock.lock();
		try {
			tx.executeWithoutResult(status -> place(logged));
		}
		finally {
			lock.unlock();
		}
	}

	private void place(CaseLogged logged) {
		if (items.existsById(logged.caseId().value())) {
			return;
		}
		cases.incoming(logged.caseId()).ifPresent(item -> grouping.place(new CampaignIndex.Item(item.id().value(),
				item.office().value(), logged.occurredAt(), grouping.fingerprint(item.text()))));
	}
}
