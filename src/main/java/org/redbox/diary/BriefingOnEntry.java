package org.redbox.diary;

import java.time.LocalDate;

/**
 * A briefing commissioned for one diary entry, as the diary shows it (on the entry and the day
 * sheet). Supplied by whichever module implements {@link EngagementBriefings}.
 *
 * @param eventDay the day of the occurrence the briefing is for (a series has one per occurrence)
 * @param status what the briefings module calls its stage, e.g. "Awaiting clearance"
 * @param href the briefing's page
 */
public record BriefingOnEntry(EntryId entry, LocalDate eventDay, String team, State state, String status, LocalDate due,
		String href) {

	/** What the principal's office needs to know at a glance. */
	public enum State {
		CLEARED("Cleared"), AWAITING("Awaiting"), OVERDUE("OVERDUE");

		private final String label;

		State(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}
}
