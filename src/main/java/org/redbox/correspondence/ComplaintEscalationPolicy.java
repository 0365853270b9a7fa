package org.redbox.correspondence;

import org.redbox.shared.StaffId;

/** Ombudsmen's code: a stage 2 complaint is handled by someone other than the stage 1 handler. */
public final class ComplaintEscalationPolicy {

	private ComplaintEscalationPolicy() {
	}

	/** @param stageOne the stage 1 case this complaint escalates, or null */
	public static boolean mayHandle(CaseFile stageTwo, CaseFile stageOne, StaffId officer) {
		if (stageTwo.type() != CaseType.COMPLAINT_STAGE_2 || stageOne == null) {
			return true;
		}
		return !officer.equals(stageOne.officerId());
	}
}
