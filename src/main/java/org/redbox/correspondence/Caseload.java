package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.List;

import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/** What other modules may ask of the caseload as a whole: counts for the home page, and what is falling due. */
public interface Caseload {

	/** The counts the home page shows {@code staff}: their own open cases, and for managers their offices'. */
	Summary summaryFor(SignedInStaff staff);

	/** The case's reference, for messages that must not carry its content. */
	java.util.Optional<String> referenceOf(CaseFileId id);

	/** Every open, allocated case that is overdue or due soon today, each by its own office's calendar. */
	List<FallingDue> fallingDue();

	/** Open contribution requests whose reminder date has come (the team is reminded once per request). */
	List<ContributionDue> contributionsToRemind();

	/** An open contribution request to remind its team of. */
	record ContributionDue(java.util.UUID requestId, CaseFileId caseId, String reference, OfficeId office,
			java.util.UUID team, LocalDate due) {
	}

	/**
	 * @param mine open cases allocated to the person
	 * @param mineOverdue of those, past their deadline
	 * @param mineDueSoon of those, due within {@link DueSoonPolicy#WORKING_DAYS} working days
	 * @param awaitingAllocation cases waiting for allocation in offices the person manages
	 * @param overdueInManagedOffices open overdue cases in offices the person manages
	 * @param manager whether the person manages correspondence in any office
	 */
	record Summary(long mine, long mineOverdue, long mineDueSoon, long awaitingAllocation, long overdueInManagedOffices,
			boolean manager) {
	}

	/** An allocated case whose deadline is close or past; holds no personal data. */
	record FallingDue(CaseFileId caseId, String reference, OfficeId office, StaffId officer, LocalDate deadline,
			DueSoonPolicy.Urgency urgency) {
	}
}
