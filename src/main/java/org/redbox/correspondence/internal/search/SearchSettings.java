package org.redbox.correspondence.internal.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Case search ({@code redbox.search.*}).
 *
 * @param directory where the Lucene index lives (mapped onto {@code hibernate.search.backend.directory.root})
 * @param checkOnStart at start-up, rebuild the index in the background when it holds a different
 *        number of cases than the database (after a bulk load with JDBC, or a deleted index)
 */
@ConfigurationProperties("redbox.search")
public record SearchSettings(@DefaultValue("./data/search") String directory, @DefaultValue("true") boolean checkOnStart) {
}
