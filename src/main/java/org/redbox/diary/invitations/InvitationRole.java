package org.redbox.diary.invitations;

/** What an invitation asks the principal to do there. */
public enum InvitationRole {

	SPEECH("Give a speech"), GUEST("Attend as a guest"), AWARD("Present an award"), VISIT("Make a visit"),
	OPENING("Open something"), MEETING("Take part in a meeting"), OTHER("Something else");

	private final String displayName;

	InvitationRole(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}
}
