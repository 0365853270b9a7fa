package org.redbox.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryId;
import org.redbox.diary.EntryTime;
import org.redbox.diary.Occurrence;
import org.redbox.diary.internal.DiaryEntries;
import org.redbox.diary.internal.DiaryWindows;
import org.redbox.directory.Role;
import org.redbox.shared.Actor;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The diary generator writes what the application would have written: its entries open in the
 * week view and on their own pages, the occurrences it cancelled or moved are cancelled or moved
 * in the application, and the instants it keeps for the window query are those the application
 * works out itself. Keeps the generator from drifting from the diary's schema and rules.
 */
@IntegrationTest
class DiaryGeneratorIT {

	@Autowired
	DataSource dataSource;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	DiaryEntries entries;
	@Autowired
	DiaryWindows windows;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	Clock clock;

	DiaryGenerator.Result generated;

	@BeforeEach
	void generateEntries() throws Exception {
		try (var connection = dataSource.getConnection()) {
			generated = new DiaryGenerator(connection, 7, clock.instant(), false).generate(300);
		}
	}

	@Test
	void aGeneratedEntryShowsInItsWeekAndOpensOnItsPage() throws Exception {
		assertThat(generated.entries()).hasSizeBetween(250, 350);
		Map<String, Object> entry = jdbc.queryForList("select id, title, starts_local from diary_entry where not cancelled "
				+ "and not private_entry and not all_day and recurrence_rule is null and id in (" + ids(generated.entries())
				+ ") order by starts_local").stream().filter(row -> ((String) row.get("title")).matches("[A-Za-z0-9 ,:-]+"))
				.findFirst().orElseThrow();
		String date = entry.get("starts_local").toString().substring(0, 10);

		mvc.perform(get("/diary/" + generated.diary() + "?view=week&date=" + date).with(demo.as(Role.DIARY_MANAGER)))
				.andExpect(status().isOk()).andExpect(content().string(containsString((String) entry.get("title"))));
		mvc.perform(get("/diary/" + generated.diary() + "/entries/" + entry.get("id")).with(demo.as(Role.DIARY_MANAGER)))
				.andExpect(status().isOk()).andExpect(content().string(containsString((String) entry.get("title"))));
	}

	@Test
	void theOccurrencesItCancelledAndMovedAreCancelledAndMoved() {
		assertThat(generated.series()).isPositive();
		assertThat(generated.occurrenceChanges()).isPositive();
		List<Map<String, Object>> changes = jdbc.queryForList("select entry_id, original_start, cancelled, starts_local "
				+ "from diary_occurrence_change where entry_id in (" + ids(generated.entries()) + ")");
		var manager = demo.holding(Role.DIARY_MANAGER);
		for (var change : changes) {
			var entry = new EntryId((UUID) change.get("entry_id"));
			LocalDateTime original = local(change.get("original_start"));
			boolean cancelled = (Boolean) change.get("cancelled");
			LocalDateTime shown = cancelled ? original : local(change.get("starts_local"));
			var from = shown.atZone(EntryTime.LONDON).toInstant().minus(Duration.ofDays(1));
			List<Occurrence> seen = windows.window(manager, new DiaryId(generated.diary()), from, from.plus(Duration.ofDays(2)), false)
					.occurrences().stream().filter(o -> o.entry().equals(entry) && original.equals(o.originalStart())).toList();
			if (cancelled) {
				assertThat(seen).as("cancelled occurrence %s of %s", original, entry).isEmpty();
			}
			else {
				assertThat(seen).as("moved occurrence %s of %s", original, entry).singleElement()
						.satisfies(o -> assertThat(o.moved()).isTrue()).satisfies(o -> assertThat(o.time().start()).isEqualTo(shown));
			}
		}
	}

	@Test
	void theWindowInstantsAreThoseTheApplicationWorksOut() {
		String query = "select id, range_start, range_end, long_span from diary_entry where not cancelled and id in ("
				+ ids(generated.entries()) + ") order by id";
		List<List<Object>> written = instants(jdbc.queryForList(query));
		List<List<Object>> workedOut = transactions.execute(status -> {
			for (var row : written) {
				var entry = entries.findById((UUID) row.get(0)).orElseThrow();
				entry.revise(entry.details(), Actor.system(), clock.instant()); // the same details: only the instants are worked out again
			}
			entries.flush();
			var again = instants(jdbc.queryForList(query));
			status.setRollbackOnly();
			return again;
		});

		assertThat(workedOut).isEqualTo(written);
	}

	/** The shared test database stays as other tests expect it: without these entries. */
	@AfterEach
	void removeThem() {
		String in = ids(generated.entries());
		for (String table : List.of("diary_entry_attendee", "diary_entry_case", "diary_occurrence_change")) {
			jdbc.update("delete from " + table + " where entry_id in (" + in + ")");
		}
		jdbc.update("delete from diary_entry where id in (" + in + ")");
	}

	private static LocalDateTime local(Object value) {
		return value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
	}

	/** Each row's id and instants, compared as instants whatever offset the database answers them in. */
	private static List<List<Object>> instants(List<Map<String, Object>> rows) {
		return rows.stream().map(row -> List.<Object>of(row.get("id"), instant(row.get("range_start")), instant(row.get("range_end")),
				row.get("long_span")))
				.toList();
	}

	private static java.time.Instant instant(Object value) {
		return value instanceof java.time.OffsetDateTime offset ? offset.toInstant() : ((Timestamp) value).toInstant();
	}

	private static String ids(List<UUID> ids) {
		return ids.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + ", " + b).orElse("null");
	}
}
