package org.redbox.correspondence;

import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;

/**
 * Who may move a case on from where it is: triage by anyone who works the office's cases;
 * allocation by a manager; drafting and dispatch by the allocated officer or a manager;
 * QA and private office by a manager (private office: the head of office or correspondence
 * manager); sign-off only by the role the case type names (the principal for MPs' letters).
 */
public final class StageMovePolicy {

	private StageMovePolicy() {
	}

	public static boolean mayAct(SignedInStaff staff, CaseFile c, CaseTypeRule rule) {
		if (!CaseAccessPolicy.mayView(staff, c)) {
			return false;
		}
		boolean manager = CaseAccessPolicy.isManager(staff, c.officeId());
		return switch (c.stage()) {
			case TRIAGE -> CaseAccessPolicy.mayWork(staff, c.officeId());
			case ALLOCATION, QA, PRIVATE_OFFICE -> manager;
			case DRAFTING, DISPATCH -> manager || CaseAccessPolicy.isAllocatedTo(staff, c);
			case SIGN_OFF -> staff.holds(rule.signOffRole(), c.officeId())
					|| (rule.principalSigns() && staff.holds(Role.PRINCIPAL, c.officeId()));
			case CLOSED -> manager;
		};
	}
}
