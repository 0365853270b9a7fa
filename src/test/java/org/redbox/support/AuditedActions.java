package org.redbox.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the audit trail as a test sees it; entries commit with their change. */
@Component
public class AuditedActions {

	private final JdbcTemplate jdbc;

	public AuditedActions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> of(String recordId) {
		return jdbc.queryForList("select action from audit_entry where record_id = ? order by occurred_at, action",
				String.class, recordId);
	}

	/** Waits (up to ten seconds) until the record's trail holds every one of {@code actions}. */
	public void awaitContains(String recordId, String... actions) {
		await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> Assertions.assertThat(of(recordId)).contains(actions));
	}

	/** Waits until some entry's summary contains {@code text}, and returns that entry's action. */
	public String awaitSummaryContaining(String text) {
		return await().atMost(Duration.ofSeconds(10)).until(
				() -> jdbc.queryForList("select action from audit_entry where summary like ?", String.class, "%" + text + "%"),
				actions -> !actions.isEmpty()).get(0);
	}
}
