package org.redbox.directory;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.redbox.shared.StaffId;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A person who signs in to Redbox, with the roles they hold per office and the teams they
 * belong to. Accounts are deactivated, never deleted, so that their history stays whole.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount extends AbstractAggregateRoot<StaffAccount> {

	@Id
	private UUID id;
	@Column(name = "full_name")
	private String fullName;
	private String email;
	@Column(name = "password_hash")
	private String passwordHash;
	private boolean active;
	@Column(name = "failed_sign_ins")
	private int failedSignIns;
	@Column(name = "locked_until")
	private Instant lockedUntil;
	@Embedded
	private SecurityMarking marking;
	@Column(name = "created_at")
	private Instant createdAt;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "role_grant", joinColumns = @JoinColumn(name = "staff_id"))
	private Set<RoleGrant> grants = new HashSet<>();
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "team_membership", joinColumns = @JoinColumn(name = "staff_id"))
	@Column(name = "team_id")
	private Set<UUID> teams = new HashSet<>();
	@Version
	private long version;

	protected StaffAccount() {
	}

	/** Registers an active account; {@code passwordHash} may be null for single sign-on only. */
	public static StaffAccount register(String fullName, String email, String passwordHash, Actor by, Instant now) {
		var account = new StaffAccount();
		account.id = UUID.randomUUID();
		account.fullName = fullName.strip();
		account.email = normaliseEmail(email);
		account.passwordHash = passwordHash;
		account.active = true;
		account.marking = SecurityMarking.official(SecurityMarking.Descriptor.PERSONAL);
		account.createdAt = now;
		account.registerEvent(new StaffAccountCreated(account.id(), account.fullName, account.email, by, now));
		return account;
	}

	public static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public void changeDetails(String newName, String newEmail, Actor by, Instant now) {
		String before = fullName + " <" + email + ">";
		this.fullName = newName.strip();
		this.email = normaliseEmail(newEmail);
		String after = fullName + " <" + email + ">";
		if (!before.equals(after)) {
			registerEvent(new StaffDetailsChanged(id(), before, after, by, now));
		}
	}

	public void grant(RoleGrant grant, Actor by, Instant now) {
		if (grants.add(grant)) {
			registerEvent(new RoleGranted(id(), grant, by, now));
		}
	}

	public void revoke(RoleGrant grant, Actor by, Instant now) {
		if (grants.remove(grant)) {
			registerEvent(new RoleRevoked(id(), grant, by, now));
		}
	}

	public void joinTeam(Team team, Actor by, Instant now) {
		if (teams.add(team.id())) {
			registerEvent(new TeamJoined(id(), team.officeId(), team.id(), team.name(), by, now));
		}
	}

	public void leaveTeam(Team team, Actor by, Instant now) {
		if (teams.remove(team.id())) {
			registerEvent(new TeamLeft(id(), team.officeId(), team.id(), team.name(), by, now));
		}
	}

	/** @throws IllegalStateException when already inactive */
	public void deactivate(Actor by, Instant now) {
		if (!active) {
			throw new IllegalStateException(fullName + "'s account is already deactivated");
		}
		active = false;
		registerEvent(new StaffAccountDeactivated(id(), fullName, by, now));
	}

	/** @throws IllegalStateException when already active */
	public void reactivate(Actor by, Instant now) {
		if (active) {
			throw new IllegalStateException(fullName + "'s account is already active");
		}
		active = true;
		failedSignIns = 0;
		lockedUntil = null;
		registerEvent(new StaffAccountReactivated(id(), fullName, by, now));
	}

	public void changePassword(String newHash, Actor by, Instant now) {
		this.passwordHash = newHash;
		this.failedSignIns = 0;
		this.lockedUntil = null;
		registerEvent(new PasswordChanged(id(), by, now));
	}

	/** Counts a wrong password; locks the account when the policy says so. */
	public void recordFailedSignIn(LockoutPolicy policy, Instant now) {
		failedSignIns++;
		registerEvent(new SignInFailed(id(), email, "wrong password", failedSignIns, asActor(), now));
		if (policy.locksAfter(failedSignIns)) {
			lockedUntil = policy.lockedUntil(now);
			failedSignIns = 0;
			registerEvent(new StaffAccountLocked(id(), email, lockedUntil, asActor(), now));
		}
	}

	/** An attempt refused because the account is locked or deactivated; not counted again. */
	public void recordRefusedSignIn(String reason, Instant now) {
		registerEvent(new SignInFailed(id(), email, reason, 0, asActor(), now));
	}

	public void recordSignIn(Instant now) {
		failedSignIns = 0;
		lockedUntil = null;
		registerEvent(new SignedIn(id(), asActor(), now));
	}

	public boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	public SignedInStaff asSignedIn() {
		return new SignedInStaff(id(), fullName, email, grants, teams);
	}

	private Actor asActor() {
		return new Actor(id(), fullName);
	}

	public StaffId id() {
		return new StaffId(id);
	}

	public String fullName() {
		return fullName;
	}

	public String email() {
		return email;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public boolean isActive() {
		return active;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}

	public int failedSignIns() {
		return failedSignIns;
	}

	public Set<RoleGrant> grants() {
		return Set.copyOf(grants);
	}

	public Set<UUID> teamIds() {
		return Set.copyOf(teams);
	}

	public boolean holdsAnythingIn(OfficeId office) {
		return grants.stream().anyMatch(g -> office.equals(g.officeId()));
	}

	public boolean holdsAnythingAuthorityWide() {
		return grants.stream().anyMatch(RoleGrant::isAuthorityWide);
	}
}
