package org.redbox.correspondence.internal;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.Schedule;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logs items as cases: reference, deadline and stage deadlines, priority. The reference is
 * taken first, in a moment of its own ({@link CaseReferences}), and the case is then written in
 * one transaction — so cases logged at the same time wait on each other for a counter update,
 * not for each other's whole case.
 */
@Service
public class CaseIntake {

	private final CaseRecords records;
	private final CaseReferences references;
	private final Scheduling scheduling;
	private final TransactionTemplate transactions;

	CaseIntake(CaseRecords records, CaseReferences references, Scheduling scheduling, TransactionTemplate transactions) {
		this.records = records;
		this.references = references;
		this.scheduling = scheduling;
		this.transactions = transactions;
	}

	public CaseFile log(SignedInStaff by, NewCase item) {
		return log(by, item.office(), item.receivedOn(), () -> item);
	}

	/**
	 * Logs the item that {@code prepare} makes, once {@code by} is known to work the office's cases:
	 * {@code prepare} runs in the case's transaction, so what it writes (e.g. the correspondent's
	 * contact) commits with the case or not at all.
	 */
	public CaseFile log(SignedInStaff by, OfficeId officeId, LocalDate receivedOn, Supplier<NewCase> prepare) {
		if (!CaseAccessPolicy.mayWork(by, officeId)) {
			throw new AccessDeniedException("You do not work this office's cases");
		}
		return log(by, records.directory().office(officeId).orElseThrow(CaseNotFound::new), receivedOn, prepare);
	}

	/** As {@link #log(SignedInStaff, OfficeId, LocalDate, Supplier)}, for a caller that has the office already. */
	public CaseFile log(SignedInStaff by, OfficeSummary office, LocalDate receivedOn, Supplier<NewCase> prepare) {
		OfficeId officeId = office.id();
		if (!CaseAccessPolicy.mayWork(by, officeId)) {
			throw new AccessDeniedException("You do not work this office's cases");
		}
		String reference = references.next(office.code(), receivedOn.getYear());
		return transactions.execute(status -> {
			NewCase item = prepare.get();
			if (!item.office().equals(officeId) || !item.receivedOn().equals(receivedOn)) {
				throw new IllegalArgumentException("The case must be for the office and date its reference was taken for");
			}
			Schedule schedule = scheduling.forNewCase(item, office);
			return records.save(CaseFile.log(item, reference, schedule, by.actor(), records.now()));
		});
	}
}
