package org.redbox.correspondence.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactSummary;
import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.PriorityPolicy;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Component;

/** Loading, guarding and saving cases: what every casework service needs. */
@Component
public class CaseRecords {

	private final CaseFiles cases;
	private final DirectoryManagement directory;
	private final ContactManagement contacts;
	private final PriorityPolicy priorities;
	private final Clock clock;

	CaseRecords(CaseFiles cases, DirectoryManagement directory, ContactManagement contacts, PriorityPolicy priorities,
			Clock clock) {
		this.cases = cases;
		this.directory = directory;
		this.contacts = contacts;
		this.priorities = priorities;
		this.clock = clock;
	}

	/** The case, if {@code staff} may see it; otherwise "not found", so that a marking reveals nothing. */
	public CaseFile visible(SignedInStaff staff, UUID id) {
		CaseFile c = cases.findById(id).orElseThrow(CaseNotFound::new);
		if (!CaseAccessPolicy.mayView(staff, c)) {
			throw new CaseNotFound();
		}
		return c;
	}

	OfficeSummary officeOf(CaseFile c) {
		return directory.office(c.officeId()).orElseThrow();
	}

	List<ContactSummary> correspondentsOf(CaseFile c) {
		return contacts.contacts(c.correspondents());
	}

	/** Saves the case with its standing priority and the searchable text of who wrote, from one read of its correspondents. */
	CaseFile save(CaseFile c) {
		List<ContactSummary> correspondents = correspondentsOf(c);
		c.rescoreWith(priorities.standing(c, correspondents).score());
		c.describeCorrespondents(org.redbox.correspondence.internal.search.CorrespondentsText.of(correspondents));
		return cases.save(c);
	}

	CaseFiles repository() {
		return cases;
	}

	DirectoryManagement directory() {
		return directory;
	}

	java.time.Instant now() {
		return clock.instant();
	}

	java.time.LocalDate today() {
		return java.time.LocalDate.now(clock);
	}
}
