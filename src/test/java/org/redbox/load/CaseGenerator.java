package org.redbox.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.redbox.RedboxApplication;

/**
 * Loads a Redbox database with realistic casework, the same for the same seed: letters to the
 * Mayor (and the other demo offices) about housing, transport, planning, noise, schools and the
 * rest, received over the last three years, most closed, a realistic open caseload, each with
 * its correspondent, deadlines, allocation, reply and timeline. Writes the tables directly,
 * in JDBC batches, so run it against a stopped (or idle) Redbox whose schema Flyway has made.
 *
 * <pre>
 * REDBOX_DB_URL=jdbc:postgresql://localhost:5432/redbox_bench REDBOX_DB_USER=postgres CASES=200000 SEED=42 \
 *   ./mvnw -q -Pload test-compile exec:exec -Dload.main=org.redbox.load.CaseGenerator
 * </pre>
 */
public final class CaseGenerator {

	/** What a run made: the ids of the cases and the new contacts, and how long it took. */
	public record Result(List<UUID> cases, List<UUID> contacts, Duration elapsed) {
	}

	private static final int CASES_PER_COMMIT = 2_000;
	private static final int YEARS = 3;

	private final Connection connection;
	private final long seed;
	private final Instant now;
	private final boolean progress;
	/** Time spent making cases rather than writing them, reported with the progress. */
	private long madeIn;

	public CaseGenerator(Connection connection, long seed, Instant now, boolean progress) {
		this.connection = connection;
		this.seed = seed;
		this.now = now;
		this.progress = progress;
	}

	public static void main(String[] args) throws SQLException {
		String url = Env.get("REDBOX_DB_URL", "jdbc:postgresql://localhost:5432/redbox_bench");
		if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
			url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
		}
		int cases = Integer.parseInt(Env.get("CASES", "200000"));
		long seed = Long.parseLong(Env.get("SEED", "42"));
		try (var connection = DriverManager.getConnection(url, Env.get("REDBOX_DB_USER", "postgres"),
				Env.get("REDBOX_DB_PASSWORD", ""))) {
			var result = new CaseGenerator(connection, seed, Instant.now(), true).generate(cases);
			System.out.printf("Generated %,d cases and %,d contacts in %.1f s (%,.0f cases/s), seed %d%n",
					result.cases().size(), result.contacts().size(), result.elapsed().toMillis() / 1000.0,
					result.cases().size() * 1000.0 / Math.max(1, result.elapsed().toMillis()), seed);
		}
	}

	public Result generate(int count) throws SQLException {
		long started = System.nanoTime();
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		if (CopySink.supports(connection)) {
			speedUpBulkLoad();
		}
		var offices = OfficeStaff.read(connection).stream().filter(Cast::canWork).toList();
		if (offices.isEmpty()) {
			throw new IllegalStateException("No office with staff and a team: start Redbox once with demo data first");
		}
		var casts = offices.stream().map(Cast::new).toList();
		var random = new SplittableRandom(seed);
		var factory = new CaseFactory(random, now);
		var references = new ReferenceNumbers(connection);
		List<UUID> cases = new ArrayList<>(count);
		List<UUID> contacts = new ArrayList<>();
		long[] arrivals = arrivals(random, count, offices);
		madeIn = 0;
		try (var rows = new CaseRows(connection)) {
			for (int i = 0; i < count; i++) {
				var received = LocalDate.ofEpochDay(arrivals[i] >> 8);
				int o = (int) (arrivals[i] & 0xff);
				var office = offices.get(o);
				long making = System.nanoTime();
				var c = factory.make(office, casts.get(o), received, references.next(office.code(), received.getYear()));
				madeIn += System.nanoTime() - making;
				for (var contact : factory.correspondents().takeNew()) {
					rows.add(contact, c.createdAt);
					contacts.add(contact.id());
				}
				rows.add(c);
				cases.add(c.id);
				if ((i + 1) % CASES_PER_COMMIT == 0 || i == count - 1) {
					rows.flush();
					connection.commit();
					report(i + 1, count, started);
				}
			}
			references.save(connection);
			connection.commit();
		}
		catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		}
		finally {
			if (CopySink.supports(connection)) {
				restoreSessionSettings();
			}
			connection.setAutoCommit(autoCommit);
		}
		return new Result(cases, contacts, Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * PostgreSQL: commits need not wait for the disk (a load cut short is simply run again), and,
	 * where the user may (a superuser, as on a benchmark machine), foreign keys are not checked
	 * row by row: the generator only refers to rows it has written or read.
	 */
	private void speedUpBulkLoad() throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("set synchronous_commit to off");
			connection.commit();
			try {
				statement.execute("set session_replication_role to replica");
				connection.commit();
			}
			catch (SQLException notSuperuser) {
				connection.rollback();
			}
		}
	}

	/**
	 * The connection may go back to a pool: it must check foreign keys and run triggers again. The
	 * planner is told what was loaded (ANALYZE), and on PostgreSQL the new rows are marked visible to
	 * all (VACUUM), as autovacuum would later, so that the first measurements run neither on the
	 * statistics of an empty database nor with every index-only scan visiting the table (2,700 heap
	 * reads for one team's workstack until then; autovacuum is off on some machines, these among them).
	 */
	private void restoreSessionSettings() throws SQLException {
		try (var statement = connection.createStatement()) {
			statement.execute("reset session_replication_role");
			statement.execute("reset synchronous_commit");
			connection.commit();
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true);
			statement.execute(CopySink.supports(connection) ? "vacuum analyze" : "analyze");
			connection.setAutoCommit(autoCommit);
		}
	}

	/** When each case arrived and at which office (packed: epoch day, office index), in order, so numbers rise with dates. */
	private long[] arrivals(SplittableRandom random, int count, List<OfficeStaff> offices) {
		long today = now.atZone(RedboxApplication.LONDON).toLocalDate().toEpochDay();
		long first = LocalDate.ofEpochDay(today).minusYears(YEARS).toEpochDay();
		int mayor = offices.indexOf(offices.stream().filter(o -> o.code().equals("MAY")).findFirst().orElse(offices.get(0)));
		long[] arrivals = new long[count];
		for (int i = 0; i < count; i++) {
			int office = offices.size() == 1 || random.nextInt(100) < 85 ? mayor : random.nextInt(offices.size());
			arrivals[i] = (random.nextLong(first, today + 1) << 8) | office;
		}
		Arrays.sort(arrivals);
		return arrivals;
	}

	private void report(int done, int count, long started) {
		if (progress && (done % 10_000 == 0 || done == count)) {
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("%,d / %,d cases, %.1f s (%.1f s making them, the rest writing), %,.0f cases/s%n", done,
					count, seconds, madeIn / 1e9, done / seconds);
		}
	}

}
