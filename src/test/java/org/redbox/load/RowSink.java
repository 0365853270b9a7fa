package org.redbox.load;

import java.sql.SQLException;
import java.util.List;

/** Where generated rows go: JDBC batches anywhere, or PostgreSQL's COPY where it is faster. */
interface RowSink extends AutoCloseable {

	/** A table and the columns the generator fills, in the order values are given. */
	record Table(String name, List<String> columns) {

		static Table of(String name, String... columns) {
			return new Table(name, List.of(columns));
		}
	}

	void add(Table table, Object... values) throws SQLException;

	/** Sends what was added, tables in the order they were first used (parents before children). */
	void flush() throws SQLException;

	@Override
	void close() throws SQLException;
}
