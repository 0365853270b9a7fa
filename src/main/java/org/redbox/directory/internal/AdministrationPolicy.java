package org.redbox.directory.internal;

import org.redbox.directory.Role;
import org.redbox.directory.RoleGrant;
import org.redbox.directory.SignedInStaff;
import org.redbox.directory.StaffAccount;
import org.redbox.shared.OfficeId;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may administer what. An authority-wide administrator administers everything; an
 * office's administrator administers that office and the staff who work only in offices
 * they administer. Nobody deactivates themselves or takes away their own admin role.
 */
final class AdministrationPolicy {

	private AdministrationPolicy() {
	}

	static boolean mayCreateOffices(SignedInStaff by) {
		return by.holdsEverywhere(Role.ADMIN);
	}

	static boolean mayAdminister(SignedInStaff by, OfficeId office) {
		return by.holds(Role.ADMIN, office);
	}

	static boolean mayManage(SignedInStaff by, StaffAccount account) {
		if (by.holdsEverywhere(Role.ADMIN)) {
			return true;
		}
		if (!by.holds(Role.ADMIN) || account.holdsAnythingAuthorityWide()) {
			return false;
		}
		return account.grants().stream().allMatch(g -> mayAdminister(by, g.officeId()));
	}

	static boolean mayGrant(SignedInStaff by, RoleGrant grant) {
		return grant.isAuthorityWide() ? by.holdsEverywhere(Role.ADMIN) : mayAdminister(by, grant.officeId());
	}

	static boolean isOwnAdminRole(SignedInStaff by, StaffAccount account, RoleGrant grant) {
		return by.id().equals(account.id()) && grant.role() == Role.ADMIN;
	}

	static void require(boolean allowed, String what) {
		if (!allowed) {
			throw new AccessDeniedException("You may not " + what);
		}
	}
}
