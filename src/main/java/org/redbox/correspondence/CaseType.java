package org.redbox.correspondence;

import org.redbox.worktime.ClockType;

/** The kinds of case an office handles; each keeps the statutory clock of the same name. */
public enum CaseType {

	GENERAL("General correspondence", "GEN", ClockType.GENERAL),
	MEMBER("MP, Member or councillor enquiry", "MEM", ClockType.MEMBER),
	CASEWORK("Constituent casework", "CW", ClockType.CASEWORK),
	FOI("Freedom of information request", "FOI", ClockType.FOI),
	EIR("Environmental information request", "EIR", ClockType.EIR),
	SAR("Subject access request", "SAR", ClockType.SAR),
	COMPLAINT_STAGE_1("Complaint, stage 1", "C1", ClockType.COMPLAINT_STAGE_1),
	COMPLAINT_STAGE_2("Complaint, stage 2", "C2", ClockType.COMPLAINT_STAGE_2),
	/** An invitation to the principal: the diary module keeps its event and decision; the reply goes out as any other. */
	INVITATION("Invitation to the principal", "INV", ClockType.INVITATION);

	private final String displayName;
	private final String shortName;
	private final ClockType clock;

	CaseType(String displayName, String shortName, ClockType clock) {
		this.displayName = displayName;
		this.shortName = shortName;
		this.clock = clock;
	}

	public String displayName() {
		return displayName;
	}

	public String shortName() {
		return shortName;
	}

	public ClockType clock() {
		return clock;
	}
}
