package org.redbox.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which cases the harness asks for, read once from the database before measuring: the Mayor's
 * office cases the signed-in user may open (not OFFICIAL-SENSITIVE, or in their team), and
 * those waiting at triage.
 */
record CaseSample(List<String> visible, List<String> atTriage) {

	private static final String VISIBLE = "select c.id from case_file c join office o on o.id = c.office_id "
			+ "where o.code = 'MAY' and (c.marking_classification = 'OFFICIAL' or c.team_id in (select m.team_id "
			+ "from team_membership m join staff_account s on s.id = m.staff_id where s.email = ?))";
	private static final String AT_TRIAGE = "select c.id from case_file c join office o on o.id = c.office_id "
			+ "where o.code = 'MAY' and c.stage = 'TRIAGE' and c.marking_classification = 'OFFICIAL'";

	static CaseSample read(String url, String user, String password, String email) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			return new CaseSample(ids(connection, VISIBLE, email), ids(connection, AT_TRIAGE, null));
		}
	}

	private static List<String> ids(Connection connection, String sql, String parameter) throws SQLException {
		List<String> ids = new ArrayList<>();
		try (var statement = connection.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setString(1, parameter);
			}
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
			}
		}
		return ids;
	}
}
