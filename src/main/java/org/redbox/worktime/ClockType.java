package org.redbox.worktime;

/** The statutory or local clocks Redbox keeps, one per kind of case. Their numbers are configuration. */
public enum ClockType {

	GENERAL("General correspondence"),
	MEMBER("MP, Member or councillor enquiry"),
	CASEWORK("Constituent casework"),
	FOI("Freedom of information request"),
	FOI_INTERNAL_REVIEW("FOI internal review"),
	EIR("Environmental information request"),
	SAR("Subject access request"),
	COMPLAINT_STAGE_1("Complaint, stage 1"),
	COMPLAINT_STAGE_2("Complaint, stage 2"),
	INVITATION("Invitation to the principal");

	private final String displayName;

	ClockType(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}
}
