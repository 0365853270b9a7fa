package org.redbox.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Case references as the application issues them ({@code MAY-2024-00001}), carrying on from
 * {@code case_reference_counter}, which is brought up to date at the end so that the next
 * case logged in the application takes the next number.
 */
final class ReferenceNumbers {

	private record Key(String office, int year) {
	}

	private final Map<Key, Integer> existing = new HashMap<>();
	private final Map<Key, Integer> last = new HashMap<>();

	ReferenceNumbers(Connection connection) throws SQLException {
		try (var rows = connection.createStatement()
				.executeQuery("select office_code, counter_year, last_number from case_reference_counter")) {
			while (rows.next()) {
				existing.put(new Key(rows.getString(1), rows.getInt(2)), rows.getInt(3));
			}
		}
		last.putAll(existing);
	}

	String next(String officeCode, int year) {
		int number = last.merge(new Key(officeCode, year), 1, Integer::sum);
		return "%s-%d-%05d".formatted(officeCode, year, number);
	}

	/** Writes the last number issued per office and year. */
	void save(Connection connection) throws SQLException {
		try (var update = connection.prepareStatement(
				"update case_reference_counter set last_number = ? where office_code = ? and counter_year = ?");
				var insert = connection.prepareStatement(
						"insert into case_reference_counter (office_code, counter_year, last_number) values (?, ?, ?)")) {
			for (var entry : last.entrySet()) {
				var key = entry.getKey();
				if (existing.containsKey(key)) {
					update.setInt(1, entry.getValue());
					update.setString(2, key.office());
					update.setInt(3, key.year());
					update.executeUpdate();
				}
				else {
					insert.setString(1, key.office());
					insert.setInt(2, key.year());
					insert.setInt(3, entry.getValue());
					insert.executeUpdate();
				}
			}
		}
	}
}
