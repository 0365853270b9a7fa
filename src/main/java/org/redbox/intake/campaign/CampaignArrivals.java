package org.redbox.intake.campaign;

import java.sql.Timestamp;

import org.redbox.correspondence.CaseLogged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notes every case as it is logged — by a mailbox, the web form, staff or the API — as an
 * arrival awaiting grouping, in the case's own transaction: the case and its arrival commit
 * together or not at all. {@link CampaignSweep} groups the arrivals soon after, in batches.
 */
@Component
class CampaignArrivals {

	private final JdbcTemplate jdbc;
	private final CampaignSettings settings;

	CampaignArrivals(JdbcTemplate jdbc, CampaignSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@EventListener
	void on(CaseLogged logged) {
		if (settings.enabled()) {
			jdbc.update("insert into campaign_arrival (case_id, office_id, logged_at) values (?, ?, ?)",
					logged.caseId().value(), logged.office().value(), Timestamp.from(logged.occurredAt()));
		}
	}
}
