package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.redbox.contacts.ContactSummary;
import org.redbox.correspondence.internal.CaseAllocation;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.internal.CaseWork;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.Role;
import org.redbox.shared.SecurityMarking;
import org.redbox.support.DemoStaff;

/** Cases of the demo Mayor's office, taken to the stage a letter test starts from. */
record LetterCases(CaseIntake intake, CaseWork work, CaseAllocation allocation, DirectoryManagement directory,
		DemoStaff demo) {

	/** A case from {@code writer}, triaged on {@code topic} and allocated to the demo caseworker: at drafting. */
	CaseFile allocated(CaseType type, ContactSummary writer, String topic) {
		var caseworker = demo.holding(Role.CASEWORKER);
		CaseFile c = intake.log(caseworker, new NewCase(mayorsOffice().id(), type, Channel.EMAIL, LocalDate.of(2026, 11, 20),
				"Letter " + UUID.randomUUID(), "Please help.", List.of(writer.id()), Set.of(), null, false, null));
		work.completeTriage(caseworker, c.id().value(), Set.of(topic), false, SecurityMarking.OFFICIAL);
		var team = directory.teams(mayorsOffice().id()).stream().filter(t -> t.name().equals("Correspondence")).findFirst()
				.orElseThrow();
		allocation.allocate(demo.holding(Role.CORRESPONDENCE_MANAGER), c.id().value(), team.id(), caseworker.id());
		return c;
	}

	/** Submits the draft, has it approved by QA and private office, and signed off by {@code signer}. */
	void toDispatch(CaseFile c, Role signer) {
		UUID id = c.id().value();
		work.submitDraft(demo.holding(Role.CASEWORKER), id);
		work.approve(demo.holding(Role.CORRESPONDENCE_MANAGER), id);
		work.approve(demo.holding(Role.CHIEF_OF_STAFF), id);
		work.signOff(demo.holding(signer), id);
	}

	OfficeSummary mayorsOffice() {
		return directory.offices().stream().filter(o -> o.code().equals("MAY")).findFirst().orElseThrow();
	}
}
