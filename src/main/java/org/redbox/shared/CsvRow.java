package org.redbox.shared;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One CSV line (RFC 4180) for the exports staff open in a spreadsheet. A cell a spreadsheet
 * would run as a formula ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe,
 * because text from outside (a letter's subject, an audit summary) may be hostile.
 */
public final class CsvRow {

	private CsvRow() {
	}

	/** The values as one line ending in CRLF; {@code null} is an empty cell. */
	public static String of(Object... values) {
		return Stream.of(values).map(v -> cell(v == null ? "" : Objects.toString(v)))
				.collect(Collectors.joining(",", "", "\r\n"));
	}

	public static String cell(String value) {
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
