package org.redbox.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.shared.SecurityMarking;
import org.redbox.support.DemoStaff;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The load generator writes what the application would have written: its cases open in the
 * application with their timelines, their references are unique, and the next case logged in
 * the application takes the next number. Keeps the generator from drifting from the schema.
 */
@IntegrationTest
class CaseGeneratorIT {

	@Autowired
	DataSource dataSource;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	DemoStaff demo;
	@Autowired
	CaseIntake intake;
	@Autowired
	DirectoryManagement directory;
	@Autowired
	Clock clock;

	CaseGenerator.Result generated;
	final List<UUID> logged = new ArrayList<>();

	@BeforeEach
	void generateCases() throws Exception {
		try (var connection = dataSource.getConnection()) {
			generated = new CaseGenerator(connection, 7, clock.instant(), false).generate(200);
		}
	}

	@Test
	void aGeneratedCaseOpensOnItsPageWithItsWholeTimeline() throws Exception {
		Map<String, Object> sent = jdbc.queryForMap("select c.id, c.reference, c.subject from case_file c "
				+ "join office o on o.id = c.office_id where o.code = 'MAY' and c.stage = 'CLOSED' "
				+ "and c.dispatched_at is not null and c.marking_classification = 'OFFICIAL' and c.id in ("
				+ ids(generated.cases()) + ") order by c.reference fetch first 1 rows only");

		mvc.perform(get("/cases/" + sent.get("id")).with(demo.as(Role.CASEWORKER))).andExpect(status().isOk())
				.andExpect(content().string(containsString((String) sent.get("reference"))))
				.andExpect(content().string(containsString(" logged: ")))
				.andExpect(content().string(containsString("Triaged: topics")))
				.andExpect(content().string(containsString("Reply signed off")))
				.andExpect(content().string(containsString("Reply dispatched by")));
	}

	@Test
	void referencesAreUniqueAndTheNextCaseLoggedTakesTheNextNumber() {
		List<String> references = jdbc.queryForList(
				"select reference from case_file where id in (" + ids(generated.cases()) + ")", String.class);
		assertThat(references).hasSize(200).doesNotHaveDuplicates().allMatch(r -> r.matches("[A-Z]+-\\d{4}-\\d{5}"));

		int year = LocalDate.now(clock).getYear();
		int lastGenerated = references.stream().filter(r -> r.startsWith("MAY-" + year + "-"))
				.mapToInt(r -> Integer.parseInt(r.substring(r.lastIndexOf('-') + 1))).max().orElseThrow();
		var mayor = directory.offices().stream().filter(o -> o.code().equals("MAY")).findFirst().orElseThrow();
		var next = intake.log(demo.holding(Role.CASEWORKER), new NewCase(mayor.id(), CaseType.GENERAL, Channel.EMAIL,
				LocalDate.now(clock), "Bus shelter on Mill Lane", "The shelter glass is broken.", List.of(), null,
				SecurityMarking.OFFICIAL, false, null));
		logged.add(next.id().value());

		assertThat(next.reference()).isEqualTo("MAY-%d-%05d".formatted(year, lastGenerated + 1));
	}

	/** The shared test database stays as other tests expect it: without these cases and contacts. */
	@AfterEach
	void removeThem() {
		List<UUID> cases = new ArrayList<>(generated.cases());
		cases.addAll(logged);
		String in = ids(cases);
		for (String table : List.of("case_timeline", "case_stage_deadline", "case_link", "case_correspondent",
				"case_topic", "case_extension", "case_clock_stop")) {
			jdbc.update("delete from " + table + " where case_id in (" + in + ")");
		}
		jdbc.update("delete from case_file where escalated_from is not null and id in (" + in + ")");
		jdbc.update("delete from case_file where id in (" + in + ")");
		jdbc.update("delete from contact where id in (" + ids(generated.contacts()) + ")");
	}

	private static String ids(List<UUID> ids) {
		return ids.stream().map(id -> "'" + id + "'").reduce((a, b) -> a + ", " + b).orElse("null");
	}
}
