package org.redbox.correspondence.internal.search;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.internal.CaseFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case index as a whole: how many cases it holds against the database, and rebuilding it
 * from the database in the background (one rebuild at a time), with progress for the admin
 * page and the log.
 */
@Component
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
	private static final long LOG_EVERY = 10_000;

	private final EntityManagerFactory entityManagers;
	private final EntityManager entityManager;
	private final CaseFiles cases;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final AtomicReference<Rebuild> current = new AtomicReference<>();

	SearchIndex(EntityManagerFactory entityManagers, EntityManager entityManager, CaseFiles cases,
			TransactionTemplate transactions, Clock clock) {
		this.entityManagers = entityManagers;
		this.entityManager = entityManager;
		this.cases = cases;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Cases in the database and in the index, and the rebuild under way or last finished (if any). */
	public Status status() {
		long inDatabase = cases.count();
		Long indexed = transactions.execute(tx -> Search.session(entityManager).search(CaseFile.class)
				.where(f -> f.matchAll()).fetchTotalHitCount());
		return new Status(inDatabase, indexed == null ? 0 : indexed, current.get());
	}

	/** Starts rebuilding the index unless a rebuild is already running; returns the one running. */
	public Rebuild rebuild(String why) {
		Rebuild fresh = new Rebuild(clock.instant());
		Rebuild running = current.get();
		if (running != null && !running.isFinished()) {
			return running;
		}
		if (!current.compareAndSet(running, fresh)) {
			return current.get();
		}
		log.info("Rebuilding the case search index: {}", why);
		Search.mapping(entityManagers).scope(CaseFile.class).massIndexer().threadsToLoadObjects(1)
				.batchSizeToLoadObjects(100).monitor(fresh).start().whenComplete((ignored, failure) -> fresh.finish(failure));
		return fresh;
	}

	/** What the index holds against the database. */
	public record Status(long casesInDatabase, long casesIndexed, Rebuild rebuild) {

		public boolean isConsistent() {
			return casesInDatabase == casesIndexed;
		}
	}

	/** One rebuild's progress, fed by Hibernate Search's mass indexer. */
	public static final class Rebuild implements MassIndexingMonitor {

		private final Instant startedAt;
		private final AtomicLong total = new AtomicLong();
		private final AtomicLong done = new AtomicLong();
		private volatile boolean finished;
		private volatile String failure;

		Rebuild(Instant startedAt) {
			this.startedAt = startedAt;
		}

		@Override
		public void addToTotalCount(long count) {
			total.addAndGet(count);
		}

		@Override
		public void documentsAdded(long count) {
			long before = done.getAndAdd(count);
			if ((before + count) / LOG_EVERY > before / LOG_EVERY) {
				log.info("Search index rebuild: {} of {} cases indexed", before + count, total.get());
			}
		}

		@Override
		public void documentsBuilt(long count) {
		}

		@Override
		public void entitiesLoaded(long count) {
		}

		@Override
		public void indexingCompleted() {
			log.info("Search index rebuild: all {} cases indexed", done.get());
		}

		void finish(Throwable error) {
			if (error != null) {
				failure = error.getMessage();
				log.error("Search index rebuild failed", error);
			}
			finished = true;
		}

		public Instant startedAt() {
			return startedAt;
		}

		public long total() {
			return total.get();
		}

		public long done() {
			return done.get();
		}

		public boolean isFinished() {
			return finished;
		}

		public String failure() {
			return failure;
		}
	}
}
