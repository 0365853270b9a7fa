package org.redbox.intake.web;

import java.util.List;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Component;

/** The offices a member of staff may log post and calls for: those whose cases they work. */
@Component
class StaffOffices {

	private final DirectoryManagement directory;

	StaffOffices(DirectoryManagement directory) {
		this.directory = directory;
	}

	List<OfficeSummary> workedBy(SignedInStaff staff) {
		return directory.offices().stream().filter(o -> CaseAccessPolicy.mayWork(staff, o.id())).toList();
	}
}
