package org.redbox.directory.internal;

import static org.redbox.directory.internal.AdministrationPolicy.require;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.redbox.directory.Office;
import org.redbox.directory.PasswordPolicy;
import org.redbox.directory.PrincipalPost;
import org.redbox.directory.RoleGrant;
import org.redbox.directory.SignedInStaff;
import org.redbox.directory.StaffAccount;
import org.redbox.directory.Team;
import org.redbox.shared.OfficeId;
import org.redbox.shared.Jurisdiction;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's commands on the directory. Each checks on the server that the person
 * asking may do it, then lets the aggregate decide; the aggregates record the events the
 * audit trail keeps.
 */
@Service
@Transactional
public class DirectoryAdministration {

	private final DirectoryRecords records;
	private final PasswordEncoder encoder;
	private final PasswordPolicy passwords;
	private final Clock clock;

	DirectoryAdministration(DirectoryRecords records, PasswordEncoder encoder, DirectorySettings settings,
			Clock clock) {
		this.records = records;
		this.encoder = encoder;
		this.passwords = PasswordPolicy.withBundledList(settings.minimumPasswordLength());
		this.clock = clock;
	}

	public Office createOffice(SignedInStaff by, String name, String code, Jurisdiction jurisdiction) {
		require(AdministrationPolicy.mayCreateOffices(by), "create offices");
		if (records.offices().existsByCodeIgnoreCase(code.strip())) {
			throw new InvalidRequest("code", "Another office already uses the code " + code.strip().toUpperCase());
		}
		if (records.offices().existsByNameIgnoreCase(name.strip())) {
			throw new InvalidRequest("name", "Another office is already called " + name.strip());
		}
		return records.offices().save(
				Office.create(records.authorityId(), name, code, jurisdiction, by.actor(), clock.instant()));
	}

	public Team addTeam(SignedInStaff by, OfficeId office, String name) {
		require(AdministrationPolicy.mayAdminister(by, office), "change this office");
		records.office(office);
		if (records.teams().existsByOfficeIdAndNameIgnoreCase(office.value(), name.strip())) {
			throw new InvalidRequest("name", "This office already has a team called " + name.strip());
		}
		return records.teams().save(Team.create(office, name, by.actor(), clock.instant()));
	}

	public PrincipalPost addPost(SignedInStaff by, OfficeId office, String title) {
		require(AdministrationPolicy.mayAdminister(by, office), "change this office");
		records.office(office);
		return records.posts().save(PrincipalPost.create(office, title, by.actor(), clock.instant()));
	}

	public void appoint(SignedInStaff by, UUID postId, String holderName, UUID staffId, LocalDate startsOn) {
		PrincipalPost post = records.post(postId);
		require(AdministrationPolicy.mayAdminister(by, post.officeId()), "change this office");
		try {
			post.appoint(holderName, staffId, startsOn, by.actor(), clock.instant());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequest("startsOn", e.getMessage());
		}
		records.posts().save(post);
	}

	public void endTerm(SignedInStaff by, UUID postId, LocalDate endsOn) {
		PrincipalPost post = records.post(postId);
		require(AdministrationPolicy.mayAdminister(by, post.officeId()), "change this office");
		try {
			post.endTerm(endsOn, by.actor(), clock.instant());
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			throw new InvalidRequest("endsOn", e.getMessage());
		}
		records.posts().save(post);
	}

	/** Creates an account holding {@code firstGrant}; the password is checked by the password policy. */
	public StaffAccount createStaff(SignedInStaff by, String name, String email, String password, RoleGrant firstGrant) {
		require(AdministrationPolicy.mayGrant(by, firstGrant), "give that role");
		String normalised = StaffAccount.normaliseEmail(email);
		if (records.staff().existsByEmail(normalised)) {
			throw new InvalidRequest("email", "Another account already uses " + normalised);
		}
		StaffAccount account = StaffAccount.register(name, normalised, hashed(password), by.actor(), clock.instant());
		account.grant(firstGrant, by.actor(), clock.instant());
		return records.staff().save(account);
	}

	public void changeDetails(SignedInStaff by, UUID staffId, String name, String email) {
		StaffAccount account = manageable(by, staffId);
		String normalised = StaffAccount.normaliseEmail(email);
		records.staff().findByEmail(normalised).filter(other -> !other.id().equals(account.id())).ifPresent(other -> {
			throw new InvalidRequest("email", "Another account already uses " + normalised);
		});
		account.changeDetails(name, normalised, by.actor(), clock.instant());
		records.staff().save(account);
	}

	public void grant(SignedInStaff by, UUID staffId, RoleGrant grant) {
		StaffAccount account = records.account(staffId);
		require(AdministrationPolicy.mayGrant(by, grant), "give that role");
		account.grant(grant, by.actor(), clock.instant());
		records.staff().save(account);
	}

	public void revoke(SignedInStaff by, UUID staffId, RoleGrant grant) {
		StaffAccount account = records.account(staffId);
		require(AdministrationPolicy.mayGrant(by, grant), "take away that role");
		if (AdministrationPolicy.isOwnAdminRole(by, account, grant)) {
			throw new InvalidRequest("role", "You cannot take away your own administrator role");
		}
		account.revoke(grant, by.actor(), clock.instant());
		records.staff().save(account);
	}

	public void joinTeam(SignedInStaff by, UUID staffId, UUID teamId) {
		Team team = records.team(teamId);
		require(AdministrationPolicy.mayAdminister(by, team.officeId()), "change this team");
		StaffAccount account = records.account(staffId);
		account.joinTeam(team, by.actor(), clock.instant());
		records.staff().save(account);
	}

	public void leaveTeam(SignedInStaff by, UUID staffId, UUID teamId) {
		Team team = records.team(teamId);
		require(AdministrationPolicy.mayAdminister(by, team.officeId()), "change this team");
		StaffAccount account = records.account(staffId);
		account.leaveTeam(team, by.actor(), clock.instant());
		records.staff().save(account);
	}

	public void deactivate(SignedInStaff by, UUID staffId) {
		StaffAccount account = manageable(by, staffId);
		if (by.id().equals(account.id())) {
			throw new InvalidRequest("active", "You cannot deactivate your own account");
		}
		try {
			account.deactivate(by.actor(), clock.instant());
		}
		catch (IllegalStateException e) {
			throw new InvalidRequest("active", e.getMessage());
		}
		records.staff().save(account);
	}

	public void reactivate(SignedInStaff by, UUID staffId) {
		StaffAccount account = manageable(by, staffId);
		try {
			account.reactivate(by.actor(), clock.instant());
		}
		catch (IllegalStateException e) {
			throw new InvalidRequest("active", e.getMessage());
		}
		records.staff().save(account);
	}

	public void setPassword(SignedInStaff by, UUID staffId, String password) {
		StaffAccount account = manageable(by, staffId);
		account.changePassword(hashed(password), by.actor(), clock.instant());
		records.staff().save(account);
	}

	/** @throws org.springframework.security.access.AccessDeniedException unless {@code by} administers {@code office} */
	public Office administeredOffice(SignedInStaff by, OfficeId office) {
		Office found = records.office(office);
		require(AdministrationPolicy.mayAdminister(by, office), "administer this office");
		return found;
	}

	/** An account an administrator may see: one in an office they administer, or any for an authority-wide admin. */
	public StaffAccount viewableAccount(SignedInStaff by, UUID staffId) {
		StaffAccount account = records.account(staffId);
		boolean mine = account.grants().isEmpty()
				|| account.grants().stream().anyMatch(g -> g.officeId() != null && AdministrationPolicy.mayAdminister(by, g.officeId()));
		require(by.holdsEverywhere(org.redbox.directory.Role.ADMIN) || mine, "see this account");
		return account;
	}

	public boolean mayManage(SignedInStaff by, StaffAccount account) {
		return AdministrationPolicy.mayManage(by, account);
	}

	public boolean mayCreateOffices(SignedInStaff by) {
		return AdministrationPolicy.mayCreateOffices(by);
	}

	private StaffAccount manageable(SignedInStaff by, UUID staffId) {
		StaffAccount account = records.account(staffId);
		require(AdministrationPolicy.mayManage(by, account), "change this account");
		return account;
	}

	private String hashed(String password) {
		passwords.problemWith(password).ifPresent(problem -> {
			throw new InvalidRequest("password", problem);
		});
		return encoder.encode(password);
	}
}
