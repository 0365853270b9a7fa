package org.redbox.load;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.redbox.shared.Jurisdiction;

/**
 * The offices, teams and staff the generated cases belong to, read from the directory's tables
 * (the demo authority: the Mayor's office MAY, and the housing and transport offices).
 */
record OfficeStaff(UUID id, String code, Jurisdiction jurisdiction, List<Team> teams, List<Person> staff) {

	record Team(UUID id, String name, List<Person> members) {
	}

	record Person(UUID id, String name, List<String> roles) {

		boolean holdsAnyOf(String... wanted) {
			return List.of(wanted).stream().anyMatch(roles::contains);
		}
	}

	/** Someone in the office holding one of {@code roles}, in order of preference. */
	Optional<Person> holding(String... roles) {
		for (String role : roles) {
			var found = staff.stream().filter(p -> p.holdsAnyOf(role)).findFirst();
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	static List<OfficeStaff> read(Connection connection) throws SQLException {
		Map<UUID, Person> people = new LinkedHashMap<>();
		Map<UUID, List<Person>> staffByOffice = new LinkedHashMap<>();
		try (var rows = connection.createStatement().executeQuery("select s.id, s.full_name, g.role, g.office_id "
				+ "from staff_account s join role_grant g on g.staff_id = s.id where s.active order by s.full_name")) {
			while (rows.next()) {
				var id = rows.getObject(1, UUID.class);
				var person = people.computeIfAbsent(id, k -> new Person(k, get(rows, 2), new ArrayList<>()));
				person.roles().add(get(rows, 3));
				var office = rows.getObject(4, UUID.class);
				if (office != null) {
					var list = staffByOffice.computeIfAbsent(office, k -> new ArrayList<>());
					if (!list.contains(person)) {
						list.add(person);
					}
				}
			}
		}
		Map<UUID, List<Team>> teamsByOffice = new LinkedHashMap<>();
		try (var rows = connection.createStatement().executeQuery("select t.id, t.office_id, t.name, m.staff_id from team t "
				+ "left join team_membership m on m.team_id = t.id order by t.name")) {
			Map<UUID, Team> teams = new LinkedHashMap<>();
			while (rows.next()) {
				var id = rows.getObject(1, UUID.class);
				var office = rows.getObject(2, UUID.class);
				var team = teams.computeIfAbsent(id, k -> {
					var t = new Team(k, get(rows, 3), new ArrayList<>());
					teamsByOffice.computeIfAbsent(office, o -> new ArrayList<>()).add(t);
					return t;
				});
				var member = rows.getObject(4, UUID.class);
				if (member != null && people.containsKey(member)) {
					team.members().add(people.get(member));
				}
			}
		}
		List<OfficeStaff> offices = new ArrayList<>();
		try (var rows = connection.createStatement().executeQuery("select id, code, jurisdiction from office order by code")) {
			while (rows.next()) {
				var id = rows.getObject(1, UUID.class);
				offices.add(new OfficeStaff(id, rows.getString(2), Jurisdiction.valueOf(rows.getString(3)),
						teamsByOffice.getOrDefault(id, List.of()), staffByOffice.getOrDefault(id, List.of())));
			}
		}
		return offices;
	}

	private static String get(java.sql.ResultSet rows, int column) {
		try {
			return rows.getString(column);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
