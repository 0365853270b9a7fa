package org.redbox.directory;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/**
 * The member of staff making the current request, read fresh from the directory on each
 * request so that a revoked role or a deactivated account takes effect at once. Every
 * server-side access check starts here.
 */
public record SignedInStaff(StaffId id, String name, String email, Set<RoleGrant> grants, Set<UUID> teams)
		implements Serializable {

	public SignedInStaff {
		grants = Set.copyOf(grants);
		teams = teams == null ? Set.of() : Set.copyOf(teams);
	}

	public boolean isInTeam(UUID team) {
		return team != null && teams.contains(team);
	}

	/** Holds any of {@code roles} in {@code office}. */
	public boolean holdsAnyOf(OfficeId office, Role... roles) {
		for (Role role : roles) {
			if (holds(role, office)) {
				return true;
			}
		}
		return false;
	}

	public Actor actor() {
		return new Actor(id, name);
	}

	/** Holds {@code role} in at least one office. */
	public boolean holds(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role);
	}

	/** Holds {@code role} in {@code office}, directly or authority-wide. */
	public boolean holds(Role role, OfficeId office) {
		return office != null && grants.stream().anyMatch(g -> g.gives(role, office));
	}

	/** Holds {@code role} in every office of the authority. */
	public boolean holdsEverywhere(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role && g.isAuthorityWide());
	}

	/** The offices in which this person holds {@code role} directly (authority-wide grants excluded). */
	public Set<OfficeId> officesWhereHolding(Role role) {
		return grants.stream().filter(g -> g.role() == role && !g.isAuthorityWide())
				.map(RoleGrant::officeId).collect(Collectors.toUnmodifiableSet());
	}

	/** The offices this person belongs to directly. */
	public Set<OfficeId> offices() {
		return grants.stream().filter(g -> !g.isAuthorityWide()).map(RoleGrant::officeId)
				.collect(Collectors.toUnmodifiableSet());
	}
}
