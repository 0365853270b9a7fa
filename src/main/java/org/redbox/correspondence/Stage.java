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
	/**
	 * Every stage but {@link #CLOSED}. Queries ask for {@code stage in (open stages)} rather than
	 * {@code stage <> CLOSED}: an index on (team, stage) or (office, stage) then reads only the open
	 * cases, not every case the team ever had (200 ms against 3 ms with 200,000 cases).
	 */
	public static java.util.List<Stage> open() {
		return java.util.Arrays.stream(values()).filter(s -> s != CLOSED).toList();
	}

	public boolean isApproval() {
		return this == QA || this == PRIVATE_OFFICE || this == SIGN_OFF;
	}
}
