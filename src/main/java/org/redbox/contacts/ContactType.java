package org.redbox.contacts;

/** Who a contact is, which matters for routing and priority (an MP's letter has its own clock). */
public enum ContactType {

	RESIDENT("Resident"),
	MP("Member of Parliament"),
	MEMBER("Member of a devolved legislature or assembly"),
	COUNCILLOR("Councillor"),
	ORGANISATION("Organisation"),
	PRESS("Press"),
	OTHER("Other");

	private final String displayName;

	ContactType(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}

	/** An elected representative writing on someone's behalf. */
	public boolean isElectedRepresentative() {
		return this == MP || this == MEMBER || this == COUNCILLOR;
	}
}
