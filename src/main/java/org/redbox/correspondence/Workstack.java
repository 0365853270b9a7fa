package org.redbox.correspondence;

import org.redbox.shared.StaffId;

/**
 * Which cases a workstack shows: {@code view} is MINE (allocated to me), TEAM (my teams') or
 * ALL (my offices'); a null type or stage means any; with no stage, only open cases. The
 * narrower filters are optional too: one officer, one topic, or only what is overdue or due soon.
 */
public record Workstack(View view, CaseType type, Stage stage, StaffId officer, String topic, Due due) {

	public Workstack {
		view = view == null ? View.MINE : view;
		topic = topic == null || topic.isBlank() ? null : topic.strip();
	}

	public Workstack(View view, CaseType type, Stage stage) {
		this(view, type, stage, null, null, null);
	}

	public enum View {
		MINE, TEAM, ALL
	}

	/** Filters on the case deadline, as the workstack marks it. */
	public enum Due {
		OVERDUE("Overdue"), DUE_SOON("Due in the next " + DueSoonPolicy.WORKING_DAYS + " working days");

		private final String displayName;

		Due(String displayName) {
			this.displayName = displayName;
		}

		public String displayName() {
			return displayName;
		}
	}
}
