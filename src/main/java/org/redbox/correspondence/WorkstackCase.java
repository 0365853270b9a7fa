package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.UUID;

import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.redbox.shared.StaffId;

/**
 * A case as a workstack lists it: the columns a row shows and those access is decided on, read
 * without the letter, its reply or its collections.
 */
public record WorkstackCase(UUID id, String reference, UUID office, SecurityMarking marking, String subject, CaseType type,
		Stage stage, LocalDate receivedOn, LocalDate deadline, int priorityScore, UUID teamId, UUID officer, UUID logger) {

	public OfficeId officeId() {
		return new OfficeId(office);
	}

	public StaffId officerId() {
		return officer == null ? null : new StaffId(officer);
	}

	public StaffId loggedBy() {
		return logger == null ? null : new StaffId(logger);
	}
}
