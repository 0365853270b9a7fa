package org.redbox.correspondence.internal;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.Schedule;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs items as cases: reference, deadline and stage deadlines, priority. */
@Service
public class CaseIntake {

	private final CaseRecords records;
	private final CaseReferences references;
	private final Scheduling scheduling;

	CaseIntake(CaseRecords records, CaseReferences references, Scheduling scheduling) {
		this.records = records;
		this.references = references;
		this.scheduling = scheduling;
	}

	@Transactional
	public CaseFile log(SignedInStaff by, NewCase item) {
		if (!CaseAccessPolicy.mayWork(by, item.office())) {
			throw new AccessDeniedException("You do not work this office's cases");
		}
		OfficeSummary office = records.directory().office(item.office()).orElseThrow(CaseNotFound::new);
		Schedule schedule = scheduling.forNewCase(item, office);
		String reference = references.next(office.code(), item.receivedOn().getYear());
		return records.save(CaseFile.log(item, reference, schedule, by.actor(), records.now()));
	}
}
