package org.redbox.diary.invitations;

/** What the office decides about an invitation. */
public enum InvitationDecision {

	ACCEPT("Accept", "Accepted"), DECLINE("Decline", "Declined"), DELEGATE("Delegate", "Delegated");

	private final String displayName;
	private final String pastTense;

	InvitationDecision(String displayName, String pastTense) {
		this.displayName = displayName;
		this.pastTense = pastTense;
	}

	public String displayName() {
		return displayName;
	}

	public String pastTense() {
		return pastTense;
	}

	/** Whether someone goes: an engagement is put in a diary. */
	public boolean makesEngagement() {
		return this != DECLINE;
	}
}
