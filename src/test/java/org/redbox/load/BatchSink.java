package org.redbox.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Rows as JDBC batch inserts: works on every database (PostgreSQL rewrites them with reWriteBatchedInserts). */
final class BatchSink implements RowSink {

	private final Connection connection;
	private final Map<Table, PreparedStatement> statements = new LinkedHashMap<>();

	BatchSink(Connection connection) {
		this.connection = connection;
	}

	@Override
	public void add(Table table, Object... values) throws SQLException {
		var statement = statements.get(table);
		if (statement == null) {
			statement = connection.prepareStatement("insert into " + table.name() + " (" + String.join(", ", table.columns())
					+ ") values (" + String.join(", ", Collections.nCopies(table.columns().size(), "?")) + ")");
			statements.put(table, statement);
		}
		for (int i = 0; i < values.length; i++) {
			set(statement, i + 1, values[i]);
		}
		statement.addBatch();
	}

	@Override
	public void flush() throws SQLException {
		for (var statement : statements.values()) {
			statement.executeBatch();
		}
	}

	@Override
	public void close() throws SQLException {
		for (var statement : statements.values()) {
			statement.close();
		}
	}

	private static void set(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.OTHER);
		}
		else if (value instanceof Instant instant) {
			statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
		}
		else {
			statement.setObject(index, value);
		}
	}
}
