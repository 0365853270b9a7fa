package org.redbox.briefings;

/** Where a briefing is: with the team to write (requested, or returned to them), awaiting clearance, or cleared. */
public enum BriefingStatus {

	REQUESTED("Requested"), SUBMITTED("Awaiting clearance"), RETURNED("Returned to the team"), CLEARED("Cleared");

	private final String displayName;

	BriefingStatus(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}

	/** Whether the team still has to write (or rewrite) it. */
	public boolean withTheTeam() {
		return this == REQUESTED || this == RETURNED;
	}
}
