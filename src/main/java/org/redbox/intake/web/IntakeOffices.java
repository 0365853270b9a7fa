package org.redbox.intake.web;

import java.util.Comparator;
import java.util.List;

import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.springframework.stereotype.Component;

/** Whose intake a member of staff may see (caseworkers and up) and whose mailboxes they may set up. */
@Component
class IntakeOffices {

	static final Role[] SEE_QUEUE = { Role.CASEWORKER, Role.CORRESPONDENCE_MANAGER, Role.CHIEF_OF_STAFF, Role.ADMIN };
	static final Role[] MANAGE_MAILBOXES = { Role.CORRESPONDENCE_MANAGER, Role.ADMIN };

	private final DirectoryManagement directory;

	IntakeOffices(DirectoryManagement directory) {
		this.directory = directory;
	}

	List<OfficeSummary> where(SignedInStaff staff, Role... roles) {
		return directory.offices().stream().filter(o -> staff.holdsAnyOf(o.id(), roles))
				.sorted(Comparator.comparing(OfficeSummary::name)).toList();
	}

	boolean may(SignedInStaff staff, OfficeId office, Role... roles) {
		return staff.holdsAnyOf(office, roles);
	}
}
