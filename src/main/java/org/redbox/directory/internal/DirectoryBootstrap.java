package org.redbox.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.redbox.directory.Office;
import org.redbox.directory.PrincipalPost;
import org.redbox.directory.Role;
import org.redbox.directory.RoleGrant;
import org.redbox.directory.StaffAccount;
import org.redbox.directory.Team;
import org.redbox.shared.Actor;
import org.redbox.shared.Jurisdiction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First start with an empty directory: creates the demo authority (unless
 * {@code redbox.demo.enabled=false}) and the first administrator named in the environment.
 * Does nothing once anyone has an account. Runs before any other start-up work, which may
 * need the offices it creates (such as other modules' demo data).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectoryBootstrap implements ApplicationRunner {

	static final String DEMO_AUTHORITY = "Exampleton Borough Council";

	private static final Logger log = LoggerFactory.getLogger(DirectoryBootstrap.class);

	private final DirectoryRecords records;
	private final DirectorySettings settings;
	private final DemoSettings demo;
	private final FirstAdminSettings firstAdmin;
	private final Bootstrapping bootstrapping;

	DirectoryBootstrap(DirectoryRecords records, DirectorySettings settings, DemoSettings demo,
			FirstAdminSettings firstAdmin, PasswordEncoder encoder, Clock clock) {
		this.records = records;
		this.settings = settings;
		this.demo = demo;
		this.firstAdmin = firstAdmin;
		this.bootstrapping = new Bootstrapping(records, encoder, clock);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (records.staff().count() > 0) {
			return;
		}
		UUID authority = records.hasAuthority() ? records.authorityId()
				: records.createAuthority(demo.enabled() ? DEMO_AUTHORITY : settings.authorityName());
		if (demo.enabled()) {
			bootstrapping.demo(authority, demo.password());
			log.warn("Created the demo office ({}): sign in with the accounts listed in the README", DEMO_AUTHORITY);
		}
		if (firstAdmin.isGiven()) {
			String name = firstAdmin.name() == null || firstAdmin.name().isBlank() ? "Administrator" : firstAdmin.name();
			bootstrapping.account(name, firstAdmin.email(), firstAdmin.password(), RoleGrant.everywhere(Role.ADMIN));
			log.info("Created the first administrator, {}", firstAdmin.email());
		}
		else if (!demo.enabled()) {
			log.warn("No staff accounts and no first administrator: set REDBOX_ADMIN_EMAIL, REDBOX_ADMIN_NAME "
					+ "and REDBOX_ADMIN_PASSWORD, then restart");
		}
	}

	/** Creates records as Redbox itself, through the aggregates, so that every one is audited. */
	private static final class Bootstrapping {

		private final DirectoryRecords records;
		private final PasswordEncoder encoder;
		private final Clock clock;

		Bootstrapping(DirectoryRecords records, PasswordEncoder encoder, Clock clock) {
			this.records = records;
			this.encoder = encoder;
			this.clock = clock;
		}

		void demo(UUID authority, String password) {
			Office mayor = office(authority, "Office of the Mayor", "MAY");
			Office housing = office(authority, "Office of the Cabinet Member for Housing", "HSG");
			Office transport = office(authority, "Office of the Cabinet Member for Transport", "TRN");
			Team correspondence = team(mayor, "Correspondence");
			team(mayor, "Diary and events");
			Team policy = team(mayor, "Policy and briefings");
			Team housingServices = team(mayor, "Housing directorate");
			team(housing, "Housing casework");
			team(transport, "Transport casework");

			StaffAccount principal = account("Alex Morgan", "mayor@exampleton.gov.uk", password, in(Role.PRINCIPAL, mayor));
			post(mayor, "Mayor of Exampleton", "Alex Morgan", principal.id().value(), LocalDate.of(2024, 5, 10));
			post(housing, "Cabinet Member for Housing", "Priya Shah", null, LocalDate.of(2024, 5, 20));
			post(transport, "Cabinet Member for Transport", "Tom Evans", null, LocalDate.of(2024, 5, 20));

			account("Sam Taylor", "head.of.office@exampleton.gov.uk", password, in(Role.CHIEF_OF_STAFF, mayor));
			joined(account("Jo Williams", "correspondence@exampleton.gov.uk", password,
					in(Role.CORRESPONDENCE_MANAGER, mayor)), correspondence);
			joined(account("Chris Patel", "caseworker@exampleton.gov.uk", password, in(Role.CASEWORKER, mayor)),
					correspondence);
			account("Dana Hughes", "diary@exampleton.gov.uk", password, in(Role.DIARY_MANAGER, mayor));
			joined(account("Ellis Jones", "policy@exampleton.gov.uk", password, in(Role.POLICY_OFFICER, mayor)), policy);
			account("Frankie Lee", "office.manager@exampleton.gov.uk", password, in(Role.OFFICE_MANAGER, mayor));
			joined(account("Gwen Roberts", "contributor@exampleton.gov.uk", password, in(Role.CONTRIBUTOR, mayor)),
					housingServices);
			account("Harper Singh", "auditor@exampleton.gov.uk", password, RoleGrant.everywhere(Role.AUDITOR));
			account("Ira Davies", "admin@exampleton.gov.uk", password, RoleGrant.everywhere(Role.ADMIN));
			account("Jordan Clarke", "housing.caseworker@exampleton.gov.uk", password, in(Role.CASEWORKER, housing));
		}

		StaffAccount account(String name, String email, String password, RoleGrant grant) {
			StaffAccount account = StaffAccount.register(name, email, encoder.encode(password), Actor.system(), now());
			account.grant(grant, Actor.system(), now());
			return records.staff().save(account);
		}

		private Office office(UUID authority, String name, String code) {
			return records.offices()
					.save(Office.create(authority, name, code, Jurisdiction.ENGLAND_AND_WALES, Actor.system(), now()));
		}

		private Team team(Office office, String name) {
			return records.teams().save(Team.create(office.id(), name, Actor.system(), now()));
		}

		private void post(Office office, String title, String holder, UUID staffId, LocalDate from) {
			PrincipalPost post = PrincipalPost.create(office.id(), title, Actor.system(), now());
			post.appoint(holder, staffId, from, Actor.system(), now());
			records.posts().save(post);
		}

		private void joined(StaffAccount account, Team team) {
			account.joinTeam(team, Actor.system(), now());
			records.staff().save(account);
		}

		private static RoleGrant in(Role role, Office office) {
			return RoleGrant.inOffice(role, office.id());
		}

		private Instant now() {
			return clock.instant();
		}
	}
}
