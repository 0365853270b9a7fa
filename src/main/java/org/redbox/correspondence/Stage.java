package org.redbox.correspondence;

/** Where a case is. A case type names which of these it passes through, in this order. */
public enum Stage {

	TRIAGE("Triage"),
	ALLOCATION("Allocation"),
	DRAFTING("Drafting"),
	QA("Quality assurance"),
	PRIVATE_OFFICE("Private office approval"),
	SIGN_OFF("Sign-off"),
	DISPATCH("Dispatch"),
	CLOSED("Closed");

	private final String displayName;

	Stage(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}

	/** The approval steps, from which a case can be returned to drafting. */
	public boolean isApproval() {
		return this == QA || this == PRIVATE_OFFICE || this == SIGN_OFF;
	}
}
