package org.redbox.correspondence;

import static org.redbox.directory.Role.CASEWORKER;
import static org.redbox.directory.Role.CHIEF_OF_STAFF;
import static org.redbox.directory.Role.CORRESPONDENCE_MANAGER;
import static org.redbox.directory.Role.DIARY_MANAGER;
import static org.redbox.directory.Role.OFFICE_MANAGER;
import static org.redbox.directory.Role.POLICY_OFFICER;
import static org.redbox.directory.Role.PRINCIPAL;

import java.util.UUID;

import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.redbox.shared.StaffId;

/**
 * Who may see and work a case. Office staff see their office's cases; an OFFICIAL-SENSITIVE
 * case only the allocated officer and team, the office's managers, the principal, the
 * Data Protection Officer (auditor) and whoever logged it (they have read it) see — need to know. Contributors see no cases here.
 */
public final class CaseAccessPolicy {

	private static final Role[] WORKERS = { CASEWORKER, CORRESPONDENCE_MANAGER, CHIEF_OF_STAFF, POLICY_OFFICER,
			DIARY_MANAGER, OFFICE_MANAGER };
	private static final Role[] MANAGERS = { CORRESPONDENCE_MANAGER, CHIEF_OF_STAFF };

	private CaseAccessPolicy() {
	}

	public static boolean mayView(SignedInStaff staff, CaseFile c) {
		return mayView(staff, c.officeId(), c.marking(), c.teamId(), c.officerId(), c.loggedBy());
	}

	/** As {@link #mayView(SignedInStaff, CaseFile)}, for a case as a workstack lists it. */
	public static boolean mayView(SignedInStaff staff, WorkstackCase c) {
		return mayView(staff, c.officeId(), c.marking(), c.teamId(), c.officerId(), c.loggedBy());
	}

	private static boolean mayView(SignedInStaff staff, OfficeId office, SecurityMarking marking, UUID team, StaffId officer,
			StaffId loggedBy) {
		if (!mayViewCasesOf(staff, office)) {
			return false;
		}
		if (!marking.isSensitive()) {
			return true;
		}
		return mayViewEverySensitiveCaseOf(staff, office) || staff.id().equals(officer) || staff.isInTeam(team)
				|| staff.id().equals(loggedBy);
	}

	/** Sees {@code office}'s OFFICIAL cases (and its sensitive ones where there is need to know). */
	public static boolean mayViewCasesOf(SignedInStaff staff, OfficeId office) {
		return staff.holdsAnyOf(office, WORKERS) || staff.holds(PRINCIPAL, office) || staff.holds(Role.AUDITOR, office);
	}

	/** Sees every OFFICIAL-SENSITIVE case of {@code office}, not only those of their team or allocated to them. */
	public static boolean mayViewEverySensitiveCaseOf(SignedInStaff staff, OfficeId office) {
		return isManager(staff, office) || staff.holds(PRINCIPAL, office) || staff.holds(Role.AUDITOR, office);
	}

	/** May log cases for, and work the cases of, {@code office}. */
	public static boolean mayWork(SignedInStaff staff, OfficeId office) {
		return staff.holdsAnyOf(office, WORKERS);
	}

	public static boolean isManager(SignedInStaff staff, OfficeId office) {
		return staff.holdsAnyOf(office, MANAGERS);
	}

	public static boolean isAllocatedTo(SignedInStaff staff, CaseFile c) {
		return staff.id().equals(c.officerId());
	}
}
