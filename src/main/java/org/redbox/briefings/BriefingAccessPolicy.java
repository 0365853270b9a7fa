package org.redbox.briefings;

import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;

/**
 * Who may do what with a briefing. The office's diary managers and head of office commission
 * them; the asked team writes and submits; the head of office or whoever commissioned it clears
 * or returns it; the principal reads it. Nobody else learns it exists.
 */
public final class BriefingAccessPolicy {

	private BriefingAccessPolicy() {
	}

	public static boolean mayCommission(SignedInStaff by, OfficeId office) {
		return by.holdsAnyOf(office, Role.DIARY_MANAGER, Role.CHIEF_OF_STAFF);
	}

	public static boolean maySee(SignedInStaff by, Briefing briefing) {
		return isCommissioner(by, briefing) || mayWrite(by, briefing)
				|| by.holdsAnyOf(briefing.officeId(), Role.DIARY_MANAGER, Role.CHIEF_OF_STAFF, Role.PRINCIPAL);
	}

	/** A member of the asked team who works in the office. */
	public static boolean mayWrite(SignedInStaff by, Briefing briefing) {
		return by.isInTeam(briefing.teamId()) && by.offices().contains(briefing.officeId());
	}

	public static boolean mayClear(SignedInStaff by, Briefing briefing) {
		return isCommissioner(by, briefing) || by.holds(Role.CHIEF_OF_STAFF, briefing.officeId());
	}

	private static boolean isCommissioner(SignedInStaff by, Briefing briefing) {
		return briefing.commissionedById().equals(by.id());
	}
}
