package org.redbox.load;

import java.io.StringReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows through PostgreSQL's {@code COPY ... FROM STDIN} in text format: several times faster
 * than even rewritten batch inserts, which is what loads 200,000 cases in minutes.
 */
final class CopySink implements RowSink {

	private final CopyManager copy;
	private final Map<Table, StringBuilder> pending = new LinkedHashMap<>();

	CopySink(Connection connection) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
	}

	static boolean supports(Connection connection) throws SQLException {
		return connection.isWrapperFor(PGConnection.class);
	}

	@Override
	public void add(Table table, Object... values) {
		var rows = pending.computeIfAbsent(table, t -> new StringBuilder(1 << 16));
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				rows.append('\t');
			}
			append(rows, values[i]);
		}
		rows.append('\n');
	}

	@Override
	public void flush() throws SQLException {
		try {
			for (var entry : pending.entrySet()) {
				var table = entry.getKey();
				if (!entry.getValue().isEmpty()) {
					copy.copyIn("copy " + table.name() + " (" + String.join(", ", table.columns()) + ") from stdin",
							new StringReader(entry.getValue().toString()));
					entry.getValue().setLength(0);
				}
			}
		}
		catch (IOException e) {
			throw new SQLException(e);
		}
	}

	@Override
	public void close() {
		pending.clear();
	}

	/** A value in COPY's text format: {@code \N} for null, backslash, tab and line ends escaped. */
	private static void append(StringBuilder rows, Object value) {
		if (value == null) {
			rows.append("\\N");
			return;
		}
		if (value instanceof Boolean b) {
			rows.append(b ? 't' : 'f');
			return;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			switch (ch) {
				case '\\' -> rows.append("\\\\");
				case '\t' -> rows.append("\\t");
				case '\n' -> rows.append("\\n");
				case '\r' -> rows.append("\\r");
				default -> rows.append(ch);
			}
		}
	}
}
