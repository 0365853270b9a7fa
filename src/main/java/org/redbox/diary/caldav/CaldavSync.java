package org.redbox.diary.caldav;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import org.redbox.diary.Diary;
import org.redbox.diary.DiaryEntry;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.caldav.CaldavClient.Failure;
import org.redbox.diary.caldav.CaldavClient.Resource;
import org.redbox.diary.internal.Diaries;
import org.redbox.diary.internal.DiaryEntries;
import org.redbox.diary.internal.FeedWriter;
import org.redbox.diary.internal.IcsEntryWriter;
import org.redbox.diary.internal.IcsEvent;
import org.redbox.diary.internal.IcsEvents;
import org.redbox.diary.internal.IcsProblem;
import org.redbox.shared.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two-way sync of each connected diary with its CalDAV calendar, on a schedule and on demand.
 * The server's events are listed with their ETags; each entry known to both sides is compared
 * with how it was when they were last in step (the server's ETag, the entry's version):
 * <ul>
 * <li>changed in Redbox only: written to the server (If-Match the last ETag), or deleted there
 * if cancelled;</li>
 * <li>changed on the server only: read into the entry, or the entry cancelled if deleted there;</li>
 * <li>changed on both sides: <b>Redbox wins</b>. The entry is written over the server's version
 * (or deleted there, if cancelled in Redbox), and what the server had is kept in the entry's
 * notes and in the sync's outcome, so nothing is lost unseen.</li>
 * </ul>
 * New entries (ending no more than a month ago) are written with If-None-Match, and new events
 * on the server become entries. A private entry goes to the server only as "Busy" with its
 * times. Every step commits on its own after the server has answered: a failure (server down,
 * 401, a 412 race) stops the step, is recorded on the connection and shown, loses nothing, and
 * never stops the other diaries' sync.
 */
@Service
public class CaldavSync {

	private static final Logger log = LoggerFactory.getLogger(CaldavSync.class);
	private static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");
	private static final int MOST_EVENTS_PER_RESOURCE = 500;

	private final CaldavConnections connections;
	private final CaldavItems items;
	private final Diaries diaries;
	private final DiaryEntries entries;
	private final IcsEntryWriter writer;
	private final Environment environment;
	private final CaldavSettings settings;
	private final Clock clock;
	private final TransactionTemplate tx;
	private final HttpClient http;
	private final Map<UUID, ReentrantLock> running = new ConcurrentHashMap<>();

	CaldavSync(CaldavConnections connections, CaldavItems items, Diaries diaries, DiaryEntries entries, IcsEntryWriter writer,
			Environment environment, CaldavSettings settings, Clock clock, PlatformTransactionManager transactions) {
		this.connections = connections;
		this.items = items;
		this.diaries = diaries;
		this.entries = entries;
		this.writer = writer;
		this.environment = environment;
		this.settings = settings;
		this.clock = clock;
		this.tx = new TransactionTemplate(transactions);
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** What one sync did; {@code error} is why it stopped, if it did. */
	public record Outcome(int pushed, int pulled, int deletedThere, int deletedHere, int conflicts, List<String> notes, String error) {

		public boolean changedAnything() {
			return pushed + pulled + deletedThere + deletedHere + conflicts > 0;
		}

		public String summary() {
			String counts = pushed + " sent, " + pulled + " received, " + deletedThere + " deleted on the server, " + deletedHere
					+ " cancelled in Redbox, " + conflicts + " conflicts (Redbox's version kept)";
			return notes.isEmpty() ? counts : counts + ". " + String.join(" ", notes);
		}
	}

	@Scheduled(initialDelayString = "${redbox.diary.caldav.sync-interval:PT15M}",
			fixedDelayString = "${redbox.diary.caldav.sync-interval:PT15M}")
	public void syncAll() {
		List<UUID> connected = tx.execute(status -> connections.findAll().stream().map(c -> c.diary().value()).toList());
		for (UUID diary : connected) {
			sync(new DiaryId(diary));
		}
	}

	/** Syncs one diary now; empty when it has no connection. Never throws for what the server or the network does. */
	public Optional<Outcome> sync(DiaryId id) {
		ReentrantLock lock = running.computeIfAbsent(id.value(), key -> new ReentrantLock());
		if (!lock.tryLock()) {
			return Optional.of(new Outcome(0, 0, 0, 0, 0, List.of(), "A sync of this diary is already running"));
		}
		try {
			Optional<CaldavConnection> connection = tx.execute(status -> connections.findById(id.value()));
			return connection.map(this::run);
		}
		finally {
			lock.unlock();
		}
	}

	private Outcome run(CaldavConnection connection) {
		CaldavDetails details = connection.details();
		var run = new Run(new Actor(null, "Calendar sync (" + URI.create(details.url()).getHost() + ")"));
		String error = null;
		try {
			String password = environment.getProperty(details.secretName());
			if (password == null || password.isEmpty()) {
				throw new Failure(0, "The environment variable " + details.secretName() + ", which should hold the calendar password, is not set");
			}
			var client = new CaldavClient(http, URI.create(details.url()), details.username(), password, settings.timeout());
			Map<String, Resource> remote = new LinkedHashMap<>(client.list());
			Diary diary = tx.execute(status -> diaries.findById(connection.diary().value()).orElseThrow());
			for (CaldavItem item : tx.execute(status -> items.findByDiaryId(diary.id().value()))) {
				Resource there = remote.remove(item.href());
				try {
					settle(run, client, diary, item, there);
				}
				catch (Failure e) {
					if (e.status() != 412) {
						throw e;
					}
					run.notes.add("An event changed on the server during the sync; the next sync settles it.");
				}
			}
			for (Resource there : remote.values()) {
				receiveNew(run, diary, there);
			}
			sendNew(run, client, diary);
		}
		catch (Failure | RuntimeException e) {
			error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			log.warn("Calendar sync of diary {} stopped: {}", connection.diary(), error);
		}
		Outcome outcome = run.outcome(error);
		String failure = error;
		tx.executeWithoutResult(status -> connections.findById(connection.diary().value()).ifPresent(c -> {
			if (failure == null) {
				c.synced(outcome.summary(), outcome.changedAnything(), run.actor, clock.instant());
			}
			else {
				c.failed(failure, outcome.summary(), outcome.changedAnything(), run.actor, clock.instant());
			}
			connections.save(c);
		}));
		return outcome;
	}

	/** One entry known to both sides, compared with how both were when last in step. */
	private void settle(Run run, CaldavClient client, Diary diary, CaldavItem item, Resource there) throws Failure {
		DiaryEntry entry = tx.execute(status -> entries.findById(item.entryId()).orElseThrow());
		boolean changedHere = entry.isCancelled() || entry.sequence() != item.entryVersion();
		boolean changedThere = there == null || !there.etag().equals(item.etag());
		if (!changedHere && !changedThere) {
			return;
		}
		if (entry.isCancelled() && there == null) {
			tx.executeWithoutResult(status -> items.deleteById(item.id()));
			return;
		}
		if (!changedThere) {
			if (entry.isCancelled()) {
				client.delete(item.href(), item.etag());
				tx.executeWithoutResult(status -> items.deleteById(item.id()));
				run.deletedThere++;
			}
			else {
				send(client, item, entry, item.etag());
				run.pushed++;
			}
		}
		else if (!changedHere) {
			if (there == null) {
				tx.executeWithoutResult(status -> {
					DiaryEntry current = entries.findById(item.entryId()).orElseThrow();
					current.cancel(run.actor, clock.instant());
					entries.save(current);
					items.deleteById(item.id());
				});
				run.deletedHere++;
			}
			else {
				read(there, diary).ifPresentOrElse(event -> {
					tx.executeWithoutResult(status -> {
						DiaryEntry updated = writer.update(entries.findById(item.entryId()).orElseThrow(), event, run.actor, clock.instant());
						item.inStep(there.etag(), updated.sequence(), clock.instant());
						items.save(item);
					});
					run.pulled++;
				}, () -> run.notes.add("The server's event " + there.href() + " could not be read and was left as it is."));
			}
		}
		else {
			resolveConflict(run, client, diary, item, entry, there);
		}
	}

	/** Changed on both sides: Redbox wins, and what the server had is kept in a note. */
	private void resolveConflict(Run run, CaldavClient client, Diary diary, CaldavItem item, DiaryEntry entry, Resource there)
			throws Failure {
		run.conflicts++;
		String theirs = there == null ? "deleted it" : read(there, diary).map(e -> "had " + e.describe()).orElse("had an event Redbox could not read");
		if (entry.isCancelled()) {
			if (there != null) {
				client.delete(item.href(), there.etag());
			}
			tx.executeWithoutResult(status -> items.deleteById(item.id()));
			run.notes.add("Conflict: “" + entry.title() + "” was cancelled in Redbox while the other calendar " + theirs
					+ "; Redbox wins, so it was deleted there.");
			return;
		}
		String note = "Calendar sync " + clock.instant().atZone(diary.zone()).toLocalDate() + ": changed in Redbox and in the other calendar"
				+ " since the last sync; Redbox's version was kept. The other calendar " + theirs + ".";
		DiaryEntry noted = there == null ? entry : tx.execute(status -> {
			DiaryEntry current = entries.findById(item.entryId()).orElseThrow();
			EntryDetails d = current.details();
			String notes = d.notes() == null ? note : d.notes() + "\n\n" + note;
			current.revise(new EntryDetails(d.kind(), d.title(), d.time(), d.location(), d.attendees(),
					notes.length() > 4000 ? notes.substring(notes.length() - 4000) : notes, d.privateEntry(), d.travelMinutes(),
					d.cases(), d.recurrence()), run.actor, clock.instant());
			return entries.saveAndFlush(current);
		});
		send(client, item, noted, there == null ? null : there.etag());
		run.notes.add("Conflict: “" + entry.title() + "” — the other calendar " + theirs + "; Redbox's version was kept and sent.");
	}

	/** A new event on the server becomes an entry, unless it is one of ours whose step was cut short, which is taken back. */
	private void receiveNew(Run run, Diary diary, Resource there) {
		Optional<IcsEvent> read = read(there, diary);
		if (read.isEmpty()) {
			run.notes.add("The server's event " + there.href() + " could not be read and was left as it is.");
			return;
		}
		IcsEvent event = read.get();
		if (event.cancelled()) {
			return;
		}
		tx.executeWithoutResult(status -> {
			Optional<DiaryEntry> ours = ownEntry(diary, event.uid())
					.filter(entry -> items.findByDiaryId(diary.id().value()).stream().noneMatch(i -> i.entryId().equals(entry.id().value())));
			DiaryEntry entry = ours.orElseGet(() -> writer.add(diary, event, run.actor, clock.instant()));
			items.save(new CaldavItem(diary.id().value(), entry.id().value(), there.href(), event.uid(), there.etag(), entry.sequence(),
					clock.instant()));
			if (ours.isEmpty()) {
				run.pulled++;
			}
		});
	}

	/** Entries not yet on the server, from a month ago on, are written there. */
	private void sendNew(Run run, CaldavClient client, Diary diary) throws Failure {
		Instant from = clock.instant().minus(Duration.ofDays(settings.pushPastDays()));
		List<DiaryEntry> candidates = tx.execute(status -> {
			Set<UUID> known = new HashSet<>(items.findByDiaryId(diary.id().value()).stream().map(CaldavItem::entryId).toList());
			return entries.findReaching(diary.id().value(), from, FAR_FUTURE).stream().filter(e -> !known.contains(e.id().value())).toList();
		});
		for (DiaryEntry entry : candidates) {
			var item = new CaldavItem(diary.id().value(), entry.id().value(), client.hrefFor(entry.id().toString()), entry.id() + "@redbox",
					"", entry.sequence(), clock.instant());
			try {
				send(client, item, entry, null);
				run.pushed++;
			}
			catch (Failure e) {
				if (e.status() != 412) {
					throw e;
				}
				run.notes.add("“" + entry.title() + "” was already on the server; the next sync takes it up.");
			}
		}
	}

	private void send(CaldavClient client, CaldavItem item, DiaryEntry entry, String etag) throws Failure {
		Optional<String> newEtag = client.put(item.href(), calendarOf(entry, item.uid()), etag);
		tx.executeWithoutResult(status -> {
			item.inStep(newEtag.orElse(""), entry.sequence(), clock.instant());
			items.save(item);
		});
	}

	private Optional<DiaryEntry> ownEntry(Diary diary, String uid) {
		if (!uid.endsWith("@redbox")) {
			return Optional.empty();
		}
		try {
			return entries.findById(UUID.fromString(uid.substring(0, uid.length() - "@redbox".length())))
					.filter(entry -> entry.diaryId().equals(diary.id()));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static Optional<IcsEvent> read(Resource there, Diary diary) {
		try {
			return IcsEvents.read(there.calendar(), diary.zone(), MOST_EVENTS_PER_RESOURCE).events().stream().findFirst();
		}
		catch (IcsProblem e) {
			return Optional.empty();
		}
	}

	/** The entry as Redbox's feed writes it (a private one as "Busy"), under the UID the server knows it by. */
	static String calendarOf(DiaryEntry entry, String uid) {
		return FeedWriter.calendarOf(entry, uid);
	}

	private static final class Run {

		final Actor actor;
		final List<String> notes = new ArrayList<>();
		int pushed;
		int pulled;
		int deletedThere;
		int deletedHere;
		int conflicts;

		Run(Actor actor) {
			this.actor = actor;
		}

		Outcome outcome(String error) {
			return new Outcome(pushed, pulled, deletedThere, deletedHere, conflicts, List.copyOf(notes), error);
		}
	}
}
