package org.redbox.contacts.internal;

import java.util.Arrays;

import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and change an office's contacts: its staff in any role but contributor, and
 * whoever holds a role authority-wide. A contributor (a directorate officer asked for input)
 * sees only what a case sends them, never the office's list of the people who write in.
 */
final class ContactAccessPolicy {

	private ContactAccessPolicy() {
	}

	static boolean mayUse(SignedInStaff by, OfficeId office) {
		return Arrays.stream(Role.values()).filter(role -> role != Role.CONTRIBUTOR).anyMatch(role -> by.holds(role, office));
	}

	/** Whether {@code by} may use the contacts of at least one office (and so the contact pages at all). */
	static boolean mayUseAny(SignedInStaff by) {
		return by.grants().stream().anyMatch(grant -> grant.role() != Role.CONTRIBUTOR);
	}

	static void requireMayUse(SignedInStaff by, OfficeId office) {
		require(mayUse(by, office));
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("You may not see or change this office's contacts");
		}
	}
}
