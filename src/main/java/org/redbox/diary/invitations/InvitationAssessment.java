package org.redbox.diary.invitations;

import java.util.List;

/**
 * How an invitation scores against the office's priorities, and what Redbox recommends.
 *
 * @param noticeWorkingDays the clear working days between the letter's arrival and the event
 * @param shortNotice less notice than the office's minimum: declined by rule
 * @param reasons each criterion that counted, with its points, then anything else the decision should weigh
 */
public record InvitationAssessment(int score, Recommendation recommendation, List<Reason> reasons, int noticeWorkingDays,
		boolean shortNotice) {

	public InvitationAssessment {
		reasons = List.copyOf(reasons);
	}

	/** The recommendation in a line, as a decision's reason might start: the rule that decides it, or the score and what counted most. */
	public String headline() {
		return reasons.stream().filter(r -> r.points() == 0)
				.filter(r -> r.text().startsWith("Declined by rule") || r.text().startsWith("The event has already"))
				.map(Reason::text).findFirst()
				.orElseGet(() -> recommendation.displayName() + " (score " + score + ")" + reasons.stream().filter(r -> r.points() > 0)
						.limit(2).map(Reason::text).reduce((a, b) -> a + "; " + b).map(top -> ": " + top).orElse(""));
	}

	public enum Recommendation {

		ACCEPT("Accept"), CONSIDER_DELEGATING("Consider delegating"), DECLINE("Decline");

		private final String displayName;

		Recommendation(String displayName) {
			this.displayName = displayName;
		}

		public String displayName() {
			return displayName;
		}
	}

	/** One reason, with the points it adds or takes away (zero for a note that does not score). */
	public record Reason(int points, String text) {

		public String describe() {
			return (points > 0 ? "+" + points + " " : points < 0 ? "\u2212" + -points + " " : "") + text;
		}
	}
}
