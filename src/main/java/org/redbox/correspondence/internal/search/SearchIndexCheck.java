package org.redbox.correspondence.internal.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, compares the index with the database and, when they differ (cases bulk-loaded
 * with JDBC, a deleted or stale index), rebuilds the index in the background: the application
 * serves requests meanwhile, and search finds more as the rebuild goes on.
 */
@Component
class SearchIndexCheck implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);

	private final SearchIndex index;
	private final SearchSettings settings;

	SearchIndexCheck(SearchIndex index, SearchSettings settings) {
		this.index = index;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!settings.checkOnStart()) {
			return;
		}
		var status = index.status();
		if (!status.isConsistent()) {
			index.rebuild(status.casesIndexed() + " cases in the search index, " + status.casesInDatabase()
					+ " in the database");
		}
		else {
			log.info("Case search index holds all {} cases", status.casesIndexed());
		}
	}
}
