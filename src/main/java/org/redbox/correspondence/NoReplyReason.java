package org.redbox.correspondence;

/** Why an item is closed at triage without a reply (GLA standard). */
public enum NoReplyReason {

	COPIED_IN("Copied in"),
	OPINION_WITHOUT_QUESTION("Opinion with no question"),
	UNSOLICITED_CV("Unsolicited CV"),
	SALES("Sales pitch"),
	VEXATIOUS("Vexatious or abusive");

	private final String displayName;

	NoReplyReason(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}
}
