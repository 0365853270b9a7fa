package org.redbox.load;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

import org.redbox.RedboxApplication;

/**
 * Measures the speed targets of issue 6 on a running Redbox whose Mayor's diary holds ten years
 * of entries ({@link DiaryGenerator}), with N clients (8) signed in through the real form as the
 * Mayor's diary manager:
 * <ul>
 * <li>{@code week}: the week view of a random week in the ten years ({@code GET /diary/{id}?view=week&date=…});</li>
 * <li>{@code feed}: the diary's secret iCalendar feed (the past month and the coming twelve), issued
 * through the feed page as the manager would;</li>
 * <li>{@code clash}: a new one-hour meeting on a random working day, saved through the add-entry
 * form as a browser posts it; the save checks it for clashes with the entries around it and
 * answers with a redirect to the entry (the warnings travel in the flash). The save is timed; the
 * entry page the browser then opens, with the warnings, is opened untimed;</li>
 * <li>{@code clash-series}: the same with a weekly series for twelve weeks, checked over the 90 days
 * a series' clashes are looked for;</li>
 * <li>{@code clash check} and {@code clash-series check}: within those saves, the clash check itself
 * (reading the entries around the new one and comparing them), as Redbox times it and reports it in the
 * save's {@code Server-Timing} header. The issue's 20 ms is judged on the check; the whole save,
 * which also signs the request in, binds the form, writes the entry and the session's flash, is
 * reported beside it without a target.</li>
 * </ul>
 * Each phase is warmed up, then measured flat out (for comparison) and at a rate, which its target
 * is judged on: {@code RATE} (40/s) for the week view and saves, {@code RATE_FEED} (2/s) for the
 * feed, which calendar apps fetch every few minutes at most. The entries the save phases make are
 * deleted after each run, so that every run sees the diary as generated. Prints a table and writes
 * {@code target/diary-results.json}; exits non-zero if any phase had an error.
 *
 * <p>Settings from the environment: {@code REDBOX_URL} (http://localhost:8087), {@code REDBOX_DB_URL}
 * (jdbc:postgresql://localhost:5432/redbox_bench_diary), {@code REDBOX_DB_USER}, {@code REDBOX_DB_PASSWORD},
 * {@code CLIENTS} (8), {@code WARMUP_SECONDS} (120 a phase: see {@link LoadHarness}), {@code MEASURE_SECONDS} (30), {@code PHASES}
 * (week,feed,clash,clash-series), {@code RATE} (40), {@code RATE_FEED} (2), {@code SEED} (42),
 * {@code SIGN_IN_EMAIL} (the demo diary manager of the Mayor's office), {@code SIGN_IN_PASSWORD}.
 */
public final class DiaryHarness {

	private static final String ALL_PHASES = "week,feed,clash,clash-series";
	static final Map<String, PhaseResult.Target> TARGETS = Map.of("week", PhaseResult.Target.p95AtMost(50), "feed",
			PhaseResult.Target.p95AtMost(200), "clash check", PhaseResult.Target.p95AtMost(20), "clash-series check",
			PhaseResult.Target.p95AtMost(20));
	private static final Pattern CLASH_TIMING = Pattern.compile("(?:^|,)\\s*clash;[^,]*dur=([0-9.]+)");
	private static final Pattern FEED_URL = Pattern.compile("class=\"diary-feed-url\">([^<]+)</code>");
	private static final Pattern SAVED = Pattern.compile(".*/diary/[0-9a-f-]{36}/entries/([0-9a-f-]{36})$");

	private final String dbUrl = Env.get("REDBOX_DB_URL", "jdbc:postgresql://localhost:5432/redbox_bench_diary");
	private final LocalDate today = LocalDate.now(RedboxApplication.LONDON);
	private final LocalDate first = today.minusYears(DiaryGenerator.YEARS_BACK);
	private final int days = (int) (today.plusYears(DiaryGenerator.YEARS_AHEAD).toEpochDay() - first.toEpochDay());
	/** The entries the save phases made, deleted after each run. */
	private final Queue<UUID> saved = new ConcurrentLinkedQueue<>();
	/** The clash checks' times (ns) the saves reported since the last measured run began. */
	private final Queue<Long> checks = new ConcurrentLinkedQueue<>();
	private final Map<RedboxClient, String> csrf = new java.util.IdentityHashMap<>();
	private String diary;
	private String feed;

	public static void main(String[] args) throws Exception {
		var results = new DiaryHarness().run();
		LoadHarness.report(results, Path.of("target", "diary-results.json"));
		if (results.stream().anyMatch(PhaseResult::failed)) {
			System.exit(1);
		}
	}

	List<PhaseResult> run() throws Exception {
		var base = URI.create(Env.get("REDBOX_URL", "http://localhost:8087"));
		int count = Integer.parseInt(Env.get("CLIENTS", "8"));
		var runner = new PhaseRunner(Duration.ofSeconds(Long.parseLong(Env.get("WARMUP_SECONDS", "120"))),
				Duration.ofSeconds(Long.parseLong(Env.get("MEASURE_SECONDS", "30"))), Long.parseLong(Env.get("SEED", "42")));
		String email = Env.get("SIGN_IN_EMAIL", "diary@exampleton.gov.uk");
		diary = describeDiary();
		List<RedboxClient> clients = new ArrayList<>();
		List<RedboxClient> calendarApps = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			var client = new RedboxClient(base, "");
			client.signIn(email, Env.get("SIGN_IN_PASSWORD", "exampleton-demo-2026"));
			csrf.put(client, client.csrfFrom("/diary/" + diary + "/entries/new"));
			clients.add(client);
			calendarApps.add(new RedboxClient(base, ""));
		}
		feed = issueFeed(clients.get(0));
		var sample = clients.get(0).page(feed);
		System.out.printf("%d clients signed in as %s; the feed is %,d bytes with %,d events%n", count, email,
				sample.body().length(), sample.body().split("BEGIN:VEVENT", -1).length - 1);
		checkSavesWarnOfClashes(clients.get(0));
		List<PhaseResult> results = new ArrayList<>();
		for (String phase : Env.get("PHASES", ALL_PHASES).split(",")) {
			String name = phase.strip();
			System.out.println("Phase " + name + "…");
			PhaseRunner.Step step = step(name);
			PhaseResult.Target target = TARGETS.getOrDefault(name, PhaseResult.Target.none());
			boolean feedPhase = name.equals("feed");
			double rate = Double.parseDouble(feedPhase ? Env.get("RATE_FEED", "2") : Env.get("RATE", "40"));
			List<RedboxClient> by = feedPhase ? calendarApps : clients; // calendar apps fetch the feed without signing in
			PhaseRunner.FollowUp then = name.startsWith("clash") ? DiaryHarness::openSaved : PhaseRunner.FollowUp.NOTHING;
			runner.warmUp(by, step, then);
			tidyUp();
			int printed = results.size();
			checks.clear();
			withChecks(results, runner.flatOut(name, target, by, step, then));
			tidyUp();
			checks.clear();
			withChecks(results, runner.runAtRate(name, target, by, step, rate, then));
			tidyUp();
			LoadHarness.print(results.subList(printed, results.size())); // a run cut short still leaves its phases' figures
		}
		return results;
	}

	private PhaseRunner.Step step(String phase) {
		return switch (phase) {
			case "week" -> (client, random) -> client.page("/diary/" + diary + "?view=week&date=" + day(random));
			case "feed" -> (client, random) -> client.page(feed);
			case "clash" -> (client, random) -> save(client, random, false);
			case "clash-series" -> (client, random) -> save(client, random, true);
			default -> throw new IllegalArgumentException("Unknown phase " + phase + "; phases are " + ALL_PHASES);
		};
	}

	/** Adds a run's result and, for a save phase, the clash checks within it as Redbox timed them. */
	private void withChecks(List<PhaseResult> results, PhaseResult run) {
		results.add(run);
		if (run.phase().startsWith("clash")) {
			String phase = run.phase() + " check";
			long[] nanos = checks.stream().mapToLong(Long::longValue).toArray();
			results.add(PhaseResult.of(phase, TARGETS.get(phase), run.clients(), run.rate(), nanos, 0, run.seconds(), null));
		}
	}

	/** A random day of the ten years. */
	private LocalDate day(SplittableRandom random) {
		return first.plusDays(random.nextInt(days));
	}

	/** A one-hour meeting (or a weekly series of them) on a working day, through the add-entry form. */
	private HttpResponse<String> save(RedboxClient client, SplittableRandom random, boolean series) throws Exception {
		LocalDate day = day(random);
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.plusDays(1);
		}
		int hour = 8 + random.nextInt(10);
		String form = "kind=MEETING&title=" + RedboxClient.encode(DiaryVocabulary.meeting(random, DiaryVocabulary.person(random)))
				+ "&date=" + day + "&startTime=%02d:00&endTime=%02d:00".formatted(hour, hour + 1) + "&zone=Europe%2FLondon"
				+ "&location=" + RedboxClient.encode(DiaryVocabulary.place(random))
				+ (series ? "&repeat=WEEKLY&repeatUntil=" + day.plusWeeks(11) : "&repeat=NONE") + "&_csrf="
				+ RedboxClient.encode(csrf.get(client));
		var answer = client.postForm("/diary/" + diary + "/entries", form);
		var location = SAVED.matcher(answer.headers().firstValue("Location").orElse(""));
		if (answer.statusCode() != 302 || !location.matches()) {
			throw new IllegalStateException("The entry was not saved: HTTP " + answer.statusCode() + " "
					+ answer.headers().firstValue("Location").orElse(answer.body().substring(0, Math.min(300, answer.body().length()))));
		}
		saved.add(UUID.fromString(location.group(1)));
		var timing = CLASH_TIMING.matcher(String.join(",", answer.headers().allValues("Server-Timing")));
		if (!timing.find()) {
			throw new IllegalStateException("The save did not report its clash check's time (Server-Timing)");
		}
		checks.add(Math.round(Double.parseDouble(timing.group(1)) * 1e6));
		return answer;
	}

	/** Opens the entry a save redirected to, as the browser would (untimed): the page that shows the clash warnings. */
	private static void openSaved(RedboxClient client, HttpResponse<String> saved) throws Exception {
		var page = client.page(URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath());
		if (page.statusCode() != 200) {
			throw new IllegalStateException("The saved entry's page answered HTTP " + page.statusCode());
		}
	}

	/** Issues the diary's feed through its page, as the manager would, and answers the feed's path. */
	private String issueFeed(RedboxClient client) throws Exception {
		String token = client.csrfFrom("/diary/" + diary + "/feed");
		client.postForm("/diary/" + diary + "/feed", "_csrf=" + RedboxClient.encode(token));
		var page = client.page("/diary/" + diary + "/feed");
		var url = FEED_URL.matcher(page.body());
		if (!url.find()) {
			throw new IllegalStateException("The feed page showed no feed URL (HTTP " + page.statusCode() + ")");
		}
		return URI.create(url.group(1).strip()).getPath();
	}

	/**
	 * Before measuring, proves that a save runs the clash check: a meeting on top of a generated
	 * one is saved, and its page warns of the overlap.
	 */
	private void checkSavesWarnOfClashes(RedboxClient client) throws Exception {
		String[] busy;
		try (Connection db = connect(); var rows = db.createStatement().executeQuery("select starts_local, ends_local from diary_entry "
				+ "where diary_id = '" + diary + "' and not cancelled and not all_day and recurrence_rule is null "
				+ "and not private_entry and starts_local > current_date + 7 order by starts_local fetch first 1 rows only")) {
			if (!rows.next()) {
				throw new IllegalStateException("The diary has no entries ahead: load it with DiaryGenerator first");
			}
			busy = new String[] { rows.getString(1), rows.getString(2) };
		}
		LocalDate day = LocalDate.parse(busy[0].substring(0, 10));
		String form = "kind=MEETING&title=Clash+check&date=" + day + "&startTime=" + busy[0].substring(11, 16) + "&endTime="
				+ busy[1].substring(11, 16) + "&zone=Europe%2FLondon&repeat=NONE&_csrf=" + RedboxClient.encode(csrf.get(client));
		var answer = client.postForm("/diary/" + diary + "/entries", form);
		var location = SAVED.matcher(answer.headers().firstValue("Location").orElse(""));
		if (!location.matches()) {
			throw new IllegalStateException("The clash check's entry was not saved: HTTP " + answer.statusCode());
		}
		saved.add(UUID.fromString(location.group(1)));
		String page = client.page(URI.create(location.group(0)).getPath()).body();
		if (!page.contains("overlaps")) {
			throw new IllegalStateException("A meeting saved on top of another was not warned of the clash");
		}
		System.out.println("A save on top of a generated entry warns of the clash, as it should");
		tidyUp();
	}

	private String describeDiary() throws SQLException {
		try (Connection db = connect()) {
			String id;
			try (var rows = db.createStatement().executeQuery("select id from diary where title = '" + DiaryGenerator.MAYORS_DIARY + "'")) {
				if (!rows.next()) {
					throw new IllegalStateException("No Mayor's diary: start Redbox once with demo data first");
				}
				id = rows.getString(1);
			}
			try (var rows = db.createStatement().executeQuery("select count(*), count(recurrence_rule), "
					+ "(select count(*) from diary_occurrence_change c join diary_entry e on e.id = c.entry_id where e.diary_id = '"
					+ id + "') from diary_entry where not cancelled and diary_id = '" + id + "'")) {
				rows.next();
				System.out.printf("The Mayor's diary holds %,d live entries, %,d of them series (with %,d cancelled or moved occurrences)%n",
						rows.getLong(1), rows.getLong(2), rows.getLong(3));
			}
			return id;
		}
	}

	/** Waits for what the saves left behind (audit), then deletes the entries they made. */
	private void tidyUp() throws Exception {
		if (saved.isEmpty()) {
			return;
		}
		LoadHarness.awaitBackgroundWork(dbUrl);
		List<UUID> ids = new ArrayList<>();
		for (UUID id; (id = saved.poll()) != null;) {
			ids.add(id);
		}
		String in = String.join(", ", ids.stream().map(id -> "'" + id + "'").toList());
		try (Connection db = connect(); var statement = db.createStatement()) {
			for (String table : List.of("diary_entry_attendee", "diary_entry_case", "diary_occurrence_change")) {
				statement.executeUpdate("delete from " + table + " where entry_id in (" + in + ")");
			}
			System.out.printf("  %,d entries the saves made deleted%n", statement.executeUpdate("delete from diary_entry where id in (" + in + ")"));
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(dbUrl, Env.get("REDBOX_DB_USER", "postgres"), Env.get("REDBOX_DB_PASSWORD", ""));
	}
}
