package org.redbox.directory;

/** What a member of staff does in an office. A person may hold several roles, in several offices. */
public enum Role {

	PRINCIPAL("Principal"),
	CHIEF_OF_STAFF("Head of Office / Chief of Staff"),
	CORRESPONDENCE_MANAGER("Correspondence manager"),
	CASEWORKER("Caseworker"),
	DIARY_MANAGER("Diary manager"),
	POLICY_OFFICER("Policy officer"),
	OFFICE_MANAGER("Office manager"),
	CONTRIBUTOR("Contributor (directorate officer)"),
	AUDITOR("Auditor / Data Protection Officer"),
	ADMIN("Administrator");

	private final String displayName;

	Role(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}

	/** The Spring Security authority for this role, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
