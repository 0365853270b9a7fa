package org.redbox.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import org.redbox.diary.DiaryEntry;
import org.redbox.diary.EntryKind;
import org.redbox.diary.EntryTime;
import org.redbox.diary.RecurrenceRule;
import org.redbox.load.RowSink.Table;

/**
 * Fills one principal's diary (the demo Mayor's) with ten years of entries, five back and five
 * ahead of today, the same for the same seed: a working week of engagements across London,
 * meetings with the people a Mayor meets, journeys between them, holds, protected and private
 * time, the odd all-day conference or recess, and the standing series (weekly briefings, monthly
 * Cabinet, fortnightly one-to-ones…), each series with cancelled (EXDATE) and moved occurrences,
 * some open-ended since years ago. A few clash, as real diaries do; a few are cancelled. Writes
 * the diary tables directly (COPY on PostgreSQL, JDBC batches elsewhere), with the window
 * instants ({@code range_start}, {@code range_end}) and the {@code long_span} flag worked out as {@code DiaryEntry} does, so run
 * it against a Redbox whose schema Flyway has made and whose demo data is seeded.
 *
 * <pre>
 * REDBOX_DB_URL=jdbc:postgresql://localhost:5432/redbox_bench_diary REDBOX_DB_USER=postgres ENTRIES=25000 SEED=42 \
 *   ./mvnw -q -Pload test-compile exec:exec -Dload.main=org.redbox.load.DiaryGenerator
 * </pre>
 */
public final class DiaryGenerator {

	/** What a run made: the diary it filled, its entries' ids (series included), and how long it took. */
	public record Result(UUID diary, List<UUID> entries, int series, int occurrenceChanges, Duration elapsed) {
	}

	static final Table ENTRY = Table.of("diary_entry", "id", "diary_id", "office_id", "kind", "title", "starts_local",
			"ends_local", "zone", "all_day", "location", "notes", "private_entry", "travel_minutes", "recurrence_rule",
			"range_start", "range_end", "long_span", "cancelled", "marking_classification", "marking_descriptor", "created_at",
			"updated_at", "version");
	static final Table ATTENDEE = Table.of("diary_entry_attendee", "entry_id", "position", "kind", "ref_id", "name", "role",
			"organisation");
	static final Table CHANGE = Table.of("diary_occurrence_change", "entry_id", "original_start", "cancelled", "starts_local",
			"ends_local");

	static final String MAYORS_DIARY = "Mayor of Exampleton";
	static final int YEARS_BACK = 5;
	static final int YEARS_AHEAD = 5;
	/** As {@code DiaryEntry.FOREVER}: the range end of a series that never ends. */
	private static final Instant FOREVER = Instant.parse("9999-12-31T00:00:00Z");
	private static final DateTimeFormatter UTC_UNTIL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
	private static final int ENTRIES_PER_FLUSH = 2_000;
	/** One series for about this many entries: some twenty standing series live at any time in a 25,000-entry diary. */
	private static final int ENTRIES_PER_SERIES = 200;

	private final Connection connection;
	private final long seed;
	private final Instant now;
	private final boolean progress;

	public DiaryGenerator(Connection connection, long seed, Instant now, boolean progress) {
		this.connection = connection;
		this.seed = seed;
		this.now = now;
		this.progress = progress;
	}

	public static void main(String[] args) throws SQLException {
		String url = Env.get("REDBOX_DB_URL", "jdbc:postgresql://localhost:5432/redbox_bench_diary");
		int entries = Integer.parseInt(Env.get("ENTRIES", "25000"));
		long seed = Long.parseLong(Env.get("SEED", "42"));
		try (var connection = DriverManager.getConnection(url, Env.get("REDBOX_DB_USER", "postgres"),
				Env.get("REDBOX_DB_PASSWORD", ""))) {
			var result = new DiaryGenerator(connection, seed, Instant.now(), true).generate(entries);
			System.out.printf("Generated %,d diary entries (%,d of them series, with %,d cancelled or moved occurrences) in %.1f s, seed %d%n",
					result.entries().size(), result.series(), result.occurrenceChanges(), result.elapsed().toMillis() / 1000.0, seed);
		}
	}

	/** About {@code count} entries (series included) in the Mayor's diary. */
	public Result generate(int count) throws SQLException {
		long started = System.nanoTime();
		Target diary = mayorsDiary();
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		var random = new SplittableRandom(seed);
		LocalDate today = now.atZone(diary.zone()).toLocalDate();
		LocalDate first = today.minusYears(YEARS_BACK);
		LocalDate last = today.plusYears(YEARS_AHEAD);
		var made = new Made(new ArrayList<>(count), new int[2]);
		try (RowSink rows = CopySink.supports(connection) ? new CopySink(connection) : new BatchSink(connection)) {
			int seriesCount = Math.max(2, count / ENTRIES_PER_SERIES);
			for (int i = 0; i < seriesCount; i++) {
				series(rows, random, diary, first, last, made);
			}
			double[] weights = weights(first, last);
			double total = java.util.Arrays.stream(weights).sum();
			int singles = Math.max(0, count - seriesCount);
			int pending = 0;
			for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
				double expected = singles * weights[(int) (day.toEpochDay() - first.toEpochDay())] / total;
				int n = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
				if (expected > 3) {
					n = Math.max(0, n + random.nextInt(-2, 3));
				}
				pending += day(rows, random, diary, day, n, made);
				if (pending >= ENTRIES_PER_FLUSH) {
					rows.flush();
					connection.commit();
					report(made.entries().size(), count, started);
					pending = 0;
				}
			}
			rows.flush();
			connection.commit();
		}
		catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
		analyse();
		return new Result(diary.id(), made.entries(), made.counts()[0], made.counts()[1],
				Duration.ofNanos(System.nanoTime() - started));
	}

	/** The diary filled, with its office and zone. */
	private record Target(UUID id, UUID office, ZoneId zone) {
	}

	/** The ids written so far, the series and occurrence changes counted. */
	private record Made(List<UUID> entries, int[] counts) {
	}

	private Target mayorsDiary() throws SQLException {
		try (var statement = connection.prepareStatement("select id, office_id, zone from diary where title = ?")) {
			statement.setString(1, Env.get("DIARY_TITLE", MAYORS_DIARY));
			try (var rows = statement.executeQuery()) {
				if (!rows.next()) {
					throw new IllegalStateException("No diary titled " + MAYORS_DIARY + ": start Redbox once with demo data first");
				}
				return new Target(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class), ZoneId.of(rows.getString(3)));
			}
		}
	}

	/** How busy each day is: a working day fully, a Saturday a little, a Sunday hardly. */
	private static double[] weights(LocalDate first, LocalDate last) {
		double[] weights = new double[(int) (last.toEpochDay() - first.toEpochDay())];
		for (int i = 0; i < weights.length; i++) {
			DayOfWeek day = first.plusDays(i).getDayOfWeek();
			weights[i] = day == DayOfWeek.SATURDAY ? 0.25 : day == DayOfWeek.SUNDAY ? 0.1 : 1;
		}
		return weights;
	}

	/**
	 * One day's {@code n} single entries, from the morning on, one after another with gaps and a
	 * journey before some engagements; now and then one overlaps the last, or the day is all-day.
	 */
	private int day(RowSink rows, SplittableRandom random, Target diary, LocalDate day, int n, Made made) throws SQLException {
		int written = 0;
		LocalDateTime cursor = day.atTime(7, 30).plusMinutes(15L * random.nextInt(9));
		String lastPlace = null;
		while (written < n) {
			if (written == 0 && random.nextInt(100) < 3) {
				int days = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
				var time = EntryTime.allDay(day, day.plusDays(days - 1L), diary.zone());
				write(rows, random, diary, single(EntryKind.PROTECTED, DiaryVocabulary.allDay(random), time, null, false), made);
				written++;
				continue;
			}
			int roll = random.nextInt(100);
			EntryKind kind = roll < 38 ? EntryKind.ENGAGEMENT : roll < 75 ? EntryKind.MEETING : roll < 83 ? EntryKind.HOLD
					: EntryKind.PROTECTED;
			String place = kind == EntryKind.MEETING && random.nextInt(3) > 0 ? "Mayor's office, City Hall" : DiaryVocabulary.place(random);
			if (random.nextInt(100) < 8) {
				cursor = cursor.minusMinutes(15 + 15L * random.nextInt(2)); // double-booked: a clash the diary will warn of
			}
			if (kind == EntryKind.ENGAGEMENT && lastPlace != null && !lastPlace.equals(place) && written + 1 < n
					&& random.nextBoolean()) {
				int minutes = 20 + 5 * random.nextInt(7);
				var journey = EntryTime.timed(cursor, cursor.plusMinutes(minutes), diary.zone());
				write(rows, random, diary, single(EntryKind.TRAVEL, "Car to " + place.split(",")[0], journey, null, false), made);
				written++;
				cursor = cursor.plusMinutes(minutes);
			}
			int length = switch (kind) {
				case ENGAGEMENT -> 45 + 15 * random.nextInt(8);
				case MEETING -> 30 + 15 * random.nextInt(3);
				case HOLD -> 60 + 30 * random.nextInt(3);
				default -> 30 + 30 * random.nextInt(3);
			};
			if (cursor.toLocalTime().isAfter(LocalTime.of(21, 30)) || !cursor.toLocalDate().equals(day)) {
				cursor = day.atTime(8 + random.nextInt(12), 15 * random.nextInt(4)); // a full day: squeezed in somewhere
			}
			var time = EntryTime.timed(cursor, cursor.plusMinutes(length), diary.zone());
			boolean privately = kind == EntryKind.PROTECTED ? random.nextBoolean() : random.nextInt(100) < 3;
			String title = switch (kind) {
				case ENGAGEMENT -> DiaryVocabulary.engagement(random, place);
				case MEETING -> DiaryVocabulary.meeting(random, DiaryVocabulary.person(random));
				case HOLD -> DiaryVocabulary.hold(random, place);
				default -> privately ? DiaryVocabulary.privateTime(random) : DiaryVocabulary.protectedTime(random);
			};
			var entry = single(kind, title, time, kind == EntryKind.PROTECTED && !privately ? null : place, privately);
			if (kind == EntryKind.MEETING || kind == EntryKind.ENGAGEMENT && random.nextInt(10) < 4) {
				for (int a = 0, people = kind == EntryKind.MEETING ? 1 + random.nextInt(3) : 1; a < people; a++) {
					entry.attendees.add(DiaryVocabulary.person(random));
				}
			}
			write(rows, random, diary, entry, made);
			written++;
			lastPlace = place;
			cursor = time.end().plusMinutes(15L * random.nextInt(4));
		}
		return written;
	}

	/** One standing series from the vocabulary, begun on a random day, for months or (now and then) for good. */
	private void series(RowSink rows, SplittableRandom random, Target diary, LocalDate first, LocalDate last, Made made)
			throws SQLException {
		Object[] template = DiaryVocabulary.pick(DiaryVocabulary.SERIES, random);
		String rule = (String) template[2];
		LocalDate begins = firstOnOrAfter(rule, first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() - 60)));
		LocalTime at = LocalTime.of(8 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
		LocalDateTime seedStart = begins.atTime(at);
		var time = EntryTime.timed(seedStart, seedStart.plusMinutes((int) template[3]), diary.zone());
		boolean forGood = random.nextInt(10) == 0;
		if (!forGood) {
			LocalDate until = begins.plusMonths(3 + random.nextInt(22));
			rule += ";UNTIL=" + UTC_UNTIL.format(until.atTime(23, 59, 59).atZone(diary.zone()).withZoneSameInstant(ZoneOffset.UTC));
		}
		var recurrence = RecurrenceRule.parse(rule);
		var entry = single(EntryKind.MEETING, (String) template[0], time, (String) template[1], false);
		entry.recurrence = recurrence;
		if (random.nextInt(3) == 0) {
			entry.attendees.add(DiaryVocabulary.person(random));
		}
		List<LocalDateTime> starts = recurrence.startsBetween(seedStart, seedStart, last.atStartOfDay());
		for (LocalDateTime start : starts.subList(Math.min(1, starts.size()), starts.size())) {
			int roll = random.nextInt(100);
			if (roll < 4) {
				entry.changes.put(start, null);
			}
			else if (roll < 6) {
				LocalDateTime moved = random.nextBoolean() ? start.plusDays(1) : start.plusHours(random.nextBoolean() ? 2 : -1);
				entry.changes.put(start, new LocalDateTime[] { moved, moved.plus(time.length()) });
			}
		}
		write(rows, random, diary, entry, made);
		made.counts()[0]++;
		made.counts()[1] += entry.changes.size();
	}

	/** The first day on or after {@code from} that a diary rule's BYDAY or BYMONTHDAY names: the series' first occurrence. */
	static LocalDate firstOnOrAfter(String rule, LocalDate from) {
		Map<String, String> parts = new TreeMap<>();
		for (String part : rule.split(";")) {
			String[] pair = part.split("=", 2);
			parts.put(pair[0], pair[1]);
		}
		if (parts.containsKey("BYMONTHDAY")) {
			int day = Integer.parseInt(parts.get("BYMONTHDAY"));
			LocalDate candidate = from.withDayOfMonth(day);
			return candidate.isBefore(from) ? candidate.plusMonths(1) : candidate;
		}
		String byDay = parts.get("BYDAY");
		DayOfWeek weekday = weekday(byDay.substring(byDay.length() - 2));
		if (parts.get("FREQ").equals("WEEKLY")) {
			return from.with(TemporalAdjusters.nextOrSame(weekday));
		}
		int ordinal = Integer.parseInt(byDay.substring(0, byDay.length() - 2));
		for (LocalDate month = from.withDayOfMonth(1);; month = month.plusMonths(1)) {
			LocalDate candidate = month.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, weekday));
			if (!candidate.isBefore(from)) {
				return candidate;
			}
		}
	}

	private static DayOfWeek weekday(String code) {
		return java.util.Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(code)).findFirst().orElseThrow();
	}

	/** An entry as it will be written. */
	private static final class Entry {

		final EntryKind kind;
		final String title;
		final EntryTime time;
		final String location;
		final boolean privately;
		final List<String[]> attendees = new ArrayList<>();
		/** Original start to the moved start and end; null for a cancelled occurrence. */
		final Map<LocalDateTime, LocalDateTime[]> changes = new TreeMap<>();
		RecurrenceRule recurrence;

		Entry(EntryKind kind, String title, EntryTime time, String location, boolean privately) {
			this.kind = kind;
			this.title = title;
			this.time = time;
			this.location = location;
			this.privately = privately;
		}
	}

	private static Entry single(EntryKind kind, String title, EntryTime time, String location, boolean privately) {
		return new Entry(kind, title, time, location, privately);
	}

	private void write(RowSink rows, SplittableRandom random, Target diary, Entry entry, Made made) throws SQLException {
		UUID id = Ids.next(random);
		Instant created = entry.time.startInstant().minus(Duration.ofDays(1 + random.nextInt(60)));
		if (created.isAfter(now)) {
			created = now.minus(Duration.ofMinutes(1 + random.nextInt(60 * 24 * 30)));
		}
		Instant[] range = range(entry);
		boolean cancelled = entry.recurrence == null && random.nextInt(100) < 2;
		rows.add(ENTRY, id, diary.id(), diary.office(), entry.kind.name(), entry.title, entry.time.start(), entry.time.end(),
				entry.time.zone().getId(), entry.time.allDay(), entry.location, notes(random, entry), entry.privately,
				random.nextInt(5) == 0 ? Integer.valueOf(15 + 15 * random.nextInt(4)) : null,
				entry.recurrence == null ? null : entry.recurrence.value(), range[0], range[1],
				Duration.between(range[0], range[1]).compareTo(DiaryEntry.SHORT_SPAN) > 0, cancelled, "OFFICIAL",
				"PERSONAL", created, created, 0L);
		for (int i = 0; i < entry.attendees.size(); i++) {
			String[] person = entry.attendees.get(i);
			rows.add(ATTENDEE, id, i, "OTHER", null, person[0], person[1], person[2]);
		}
		for (var change : entry.changes.entrySet()) {
			LocalDateTime[] moved = change.getValue();
			rows.add(CHANGE, id, change.getKey(), moved == null, moved == null ? null : moved[0], moved == null ? null : moved[1]);
		}
		made.entries().add(id);
	}

	/** The instants the entry reaches, as {@code DiaryEntry} keeps them: its first and last occurrence, moved ones included. */
	private static Instant[] range(Entry entry) {
		EntryTime time = entry.time;
		Instant first = time.startInstant();
		Instant last = entry.recurrence == null ? time.endInstant()
				: entry.recurrence.lastStart(time.start(), time.allDay()).map(start -> time.startingAt(start).endInstant())
						.orElse(FOREVER);
		for (LocalDateTime[] moved : entry.changes.values()) {
			if (moved != null) {
				var to = new EntryTime(moved[0], moved[1], time.zone(), time.allDay());
				first = to.startInstant().isBefore(first) ? to.startInstant() : first;
				last = to.endInstant().isAfter(last) ? to.endInstant() : last;
			}
		}
		return new Instant[] { first, last };
	}

	private static String notes(SplittableRandom random, Entry entry) {
		if (entry.privately || random.nextInt(3) == 0) {
			return null;
		}
		return switch (entry.kind) {
			case ENGAGEMENT -> "Speech: " + (3 + random.nextInt(10)) + " minutes. Contact on the day: "
					+ DiaryVocabulary.person(random)[0] + ". Dress: business.";
			case MEETING -> "Agenda: housing delivery, the bus network, the policing plan. Briefing from the policy team.";
			case HOLD -> "Awaiting the invitation in writing.";
			default -> null;
		};
	}

	/**
	 * On PostgreSQL, tells the planner what was loaded and marks the new rows visible to all (as autovacuum would
	 * later), so that views are measured on real statistics and index-only scans.
	 */
	private void analyse() throws SQLException {
		if (CopySink.supports(connection)) {
			if (!connection.getAutoCommit()) {
				connection.commit();
			}
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(true); // VACUUM runs outside a transaction
			try (var statement = connection.createStatement()) {
				statement.execute("vacuum analyze diary_entry");
				statement.execute("vacuum analyze diary_entry_attendee");
				statement.execute("vacuum analyze diary_occurrence_change");
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
	}

	private void report(int done, int count, long started) {
		if (progress) {
			System.out.printf("%,d / about %,d entries, %.1f s%n", done, count, (System.nanoTime() - started) / 1e9);
		}
	}
}
