package org.redbox.notifications;

/** Why a member of staff is told something. */
public enum NoticeKind {
	ALLOCATED("Allocated to you"), RETURNED("Returned to you"), DUE_SOON("Due soon"), OVERDUE("Overdue"),
	CONTRIBUTION_REQUESTED("Contribution requested"), CONTRIBUTION_DUE("Contribution due"),
	CONTRIBUTION_RECEIVED("Contribution received"), BRIEFING_REQUESTED("Briefing requested"),
	BRIEFING_SUBMITTED("Briefing for clearance"), BRIEFING_CLEARED("Briefing cleared");

	private final String displayName;

	NoticeKind(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}
}
