package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.redbox.contacts.ContactSummary;
import org.redbox.correspondence.CorrespondenceSettings.PriorityWeights;
import org.redbox.worktime.WorkingCalendar;

/**
 * A case's priority from its statutory clock, who wrote (an MP, a councillor, the press, a
 * vulnerable resident), its marking and its reputational risk — each with configurable
 * weight, and each named in the reasons.
 */
public final class PriorityPolicy {

	private final PriorityWeights weights;

	public PriorityPolicy(PriorityWeights weights) {
		this.weights = weights;
	}

	/** The part that does not change with the date: stored on the case so that workstacks sort by it. */
	public Priority standing(CaseFile c, List<ContactSummary> correspondents) {
		int score = 0;
		List<String> reasons = new ArrayList<>();
		if (correspondents.stream().anyMatch(x -> x.type().isElectedRepresentative())) {
			score += add(reasons, weights.electedRepresentative(), "from an elected representative");
		}
		if (correspondents.stream().anyMatch(x -> x.type() == org.redbox.contacts.ContactType.PRESS)) {
			score += add(reasons, weights.press(), "from the press");
		}
		if (correspondents.stream().anyMatch(ContactSummary::vulnerable)) {
			score += add(reasons, weights.vulnerableResident(), "a vulnerable resident");
		}
		if (c.marking().isSensitive()) {
			score += add(reasons, weights.sensitive(), "OFFICIAL-SENSITIVE");
		}
		if (c.reputationalRisk()) {
			score += add(reasons, weights.reputationalRisk(), "reputational risk");
		}
		if (c.type() == CaseType.FOI || c.type() == CaseType.EIR || c.type() == CaseType.SAR) {
			score += add(reasons, weights.statutoryRequest(), "statutory request");
		}
		return new Priority(score, reasons);
	}

	/** The standing priority plus the clock: overdue, or due within two or five working days. */
	public Priority now(CaseFile c, List<ContactSummary> correspondents, LocalDate today, WorkingCalendar calendar) {
		Priority standing = standing(c, correspondents);
		List<String> reasons = new ArrayList<>(standing.reasons());
		int score = standing.score();
		if (c.isOpen()) {
			if (c.deadline().isBefore(today)) {
				score += add(reasons, weights.overdue(), "overdue since " + c.deadline());
			}
			else if (calendar.workingDaysBetween(today, c.deadline()) <= 2) {
				score += add(reasons, weights.dueWithinTwoWorkingDays(), "due within 2 working days");
			}
			else if (calendar.workingDaysBetween(today, c.deadline()) <= 5) {
				score += add(reasons, weights.dueWithinFiveWorkingDays(), "due within 5 working days");
			}
		}
		return new Priority(score, reasons);
	}

	private static int add(List<String> reasons, int weight, String reason) {
		reasons.add(reason + " (+" + weight + ")");
		return weight;
	}
}
