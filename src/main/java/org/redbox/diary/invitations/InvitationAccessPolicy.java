package org.redbox.diary.invitations;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;

/**
 * Who may do what with an invitation. Whoever may see its case sees it; the office's staff who
 * work cases enter and correct its details (they log the letter); only the head of office and
 * the office's diary managers decide it, because a decision commits the principal's time.
 */
public final class InvitationAccessPolicy {

	private InvitationAccessPolicy() {
	}

	public static boolean mayEditDetails(SignedInStaff staff, OfficeId office) {
		return CaseAccessPolicy.mayWork(staff, office);
	}

	public static boolean mayDecide(SignedInStaff staff, OfficeId office) {
		return staff.holds(Role.CHIEF_OF_STAFF, office) || staff.holds(Role.DIARY_MANAGER, office);
	}

	/** Whether {@code staff} decides invitations for some office, and so has a diary meeting. */
	public static boolean decidesAnywhere(SignedInStaff staff) {
		return staff.grants().stream().anyMatch(grant -> grant.role() == Role.CHIEF_OF_STAFF || grant.role() == Role.DIARY_MANAGER);
	}
}
