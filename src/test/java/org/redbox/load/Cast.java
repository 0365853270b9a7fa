package org.redbox.load;

import java.util.List;
import java.util.SplittableRandom;

import org.redbox.correspondence.CaseTypeRule;
import org.redbox.shared.Actor;
import org.redbox.shared.StaffId;

/**
 * Who does what in one office's generated cases: a caseworker logs and triages, a manager
 * allocates and approves, the team's members draft, and the role the case type names signs.
 * The office's first team with members takes nine cases in ten.
 */
final class Cast {

	final Actor logger;
	final Actor allocator;
	private final OfficeStaff office;
	private final List<OfficeStaff.Team> teams;

	Cast(OfficeStaff office) {
		this.office = office;
		this.logger = actor(office.holding("CASEWORKER", "CORRESPONDENCE_MANAGER", "POLICY_OFFICER", "CHIEF_OF_STAFF")
				.orElse(office.staff().get(0)));
		this.allocator = office.holding("CORRESPONDENCE_MANAGER", "CHIEF_OF_STAFF").map(Cast::actor).orElse(logger);
		var staffed = office.teams().stream().filter(t -> !t.members().isEmpty()).toList();
		this.teams = staffed.isEmpty() ? office.teams() : staffed;
	}

	/** Only an office with staff and a team can take a case past allocation. */
	static boolean canWork(OfficeStaff office) {
		return !office.staff().isEmpty() && !office.teams().isEmpty();
	}

	OfficeStaff.Team teamFor(SplittableRandom random) {
		return teams.size() == 1 || random.nextInt(10) < 9 ? teams.get(0) : teams.get(1 + random.nextInt(teams.size() - 1));
	}

	Actor officerIn(OfficeStaff.Team team, SplittableRandom random) {
		var people = team.members().isEmpty() ? office.staff() : team.members();
		return actor(people.get(random.nextInt(people.size())));
	}

	Actor signerFor(CaseTypeRule rule) {
		var signer = rule.principalSigns() ? office.holding("PRINCIPAL", rule.signOffRole().name())
				: office.holding(rule.signOffRole().name());
		return signer.map(Cast::actor).orElse(allocator);
	}

	private static Actor actor(OfficeStaff.Person person) {
		return new Actor(new StaffId(person.id()), person.name());
	}
}
