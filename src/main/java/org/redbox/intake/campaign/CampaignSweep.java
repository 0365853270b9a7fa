package org.redbox.intake.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.redbox.correspondence.CampaignCases;
import org.redbox.correspondence.CampaignCases.IncomingItem;
import org.redbox.correspondence.CaseFileId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Groups the arrivals {@link CampaignArrivals} noted, oldest first, a batch per transaction:
 * the items placed, their band keys and the arrivals' removal commit together, so a crash
 * leaves each arrival grouped or still waiting, never both. Sweeps take turns through a lock
 * row, also across nodes, and place one item after another, so two copies that arrive together
 * always find each other. A batch costs one commit however many cases it holds, which is what
 * keeps grouping abreast of hundreds of cases a second.
 */
@Component
class CampaignSweep {

	static final int BATCH = 200;

	private final JdbcTemplate jdbc;
	private final CampaignCases cases;
	private final CampaignItems items;
	private final CampaignGrouping grouping;
	private final TransactionTemplate tx;
	private final jakarta.persistence.EntityManager entities;

	CampaignSweep(JdbcTemplate jdbc, CampaignCases cases, CampaignItems items, StoredCampaignIndex index,
			CampaignSettings settings, TransactionTemplate tx, jakarta.persistence.EntityManager entities) {
		this.entities = entities;
		this.jdbc = jdbc;
		this.cases = cases;
		this.items = items;
		this.grouping = new CampaignGrouping(settings, index);
		this.tx = tx;
	}

	@Scheduled(initialDelayString = "${redbox.intake.campaigns.sweep-interval:PT1S}",
			fixedDelayString = "${redbox.intake.campaigns.sweep-interval:PT1S}")
	void sweep() {
		while (groupBatch() == BATCH) {
			// a full batch: there may be more waiting
		}
	}

	/** Groups up to {@link #BATCH} waiting arrivals in one transaction; answers how many it took. */
	int groupBatch() {
		Integer taken = tx.execute(status -> {
			jdbc.queryForObject("select id from campaign_sweep where id = 1 for update", Integer.class);
			List<Arrival> arrivals = jdbc.query(
					"select case_id, logged_at from campaign_arrival order by logged_at, case_id fetch first " + BATCH
							+ " rows only",
					(rs, row) -> new Arrival(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant()));
			if (arrivals.isEmpty()) {
				return 0;
			}
			List<UUID> ids = arrivals.stream().map(Arrival::caseId).toList();
			Map<UUID, IncomingItem> texts = cases.incoming(ids.stream().map(CaseFileId::new).toList()).stream()
					.collect(Collectors.toMap(i -> i.id().value(), Function.identity()));
			Set<UUID> grouped = items.findAllById(ids).stream().map(CampaignItem::caseId).collect(Collectors.toSet());
			for (Arrival arrival : arrivals) {
				IncomingItem item = texts.get(arrival.caseId());
				if (item != null && !grouped.contains(arrival.caseId())) {
					grouping.place(new CampaignIndex.Item(arrival.caseId(), item.office().value(), arrival.loggedAt(),
							grouping.fingerprint(item.text())));
					// Written, and forgotten by the persistence context: otherwise each later item's
					// queries would dirty-check every campaign and item the batch has touched so far.
					entities.flush();
					entities.clear();
				}
			}
			jdbc.batchUpdate("delete from campaign_arrival where case_id = ?",
					ids.stream().map(id -> new Object[] { id }).toList());
			return arrivals.size();
		});
		return taken == null ? 0 : taken;
	}

	private record Arrival(UUID caseId, Instant loggedAt) {
	}
}
