package org.redbox.correspondence.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.redbox.contacts.ContactSummary;
import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.Priority;
import org.redbox.correspondence.PriorityPolicy;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.redbox.shared.ReadAuditor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading cases: one case (every read audited) and the workstacks. */
@Service
@Transactional(readOnly = true)
public class CaseQueries {

	private final CaseRecords records;
	private final Scheduling scheduling;
	private final PriorityPolicy priorities;
	private final ReadAuditor reads;

	CaseQueries(CaseRecords records, Scheduling scheduling, PriorityPolicy priorities, ReadAuditor reads) {
		this.records = records;
		this.scheduling = scheduling;
		this.priorities = priorities;
		this.reads = reads;
	}

	/** A case for its page; the read is audited. */
	public CaseView view(SignedInStaff by, UUID id) {
		CaseFile c = records.visible(by, id);
		reads.recordRead(by.actor(), c.officeId(), "CaseFile", c.id().toString(), "viewed case " + c.reference());
		List<ContactSummary> correspondents = records.correspondentsOf(c);
		Priority priority = priorities.now(c, correspondents, records.today(), scheduling.calendarOf(c, records.officeOf(c)));
		return new CaseView(c, correspondents, priority, records.officeOf(c), c.timeline(), c.topics(), c.related(),
				c.extensions(), c.clockStops(), c.stageDeadline());
	}

	/** Open cases allocated to {@code by}. */
	public Page<CaseFile> myWork(SignedInStaff by, Pageable page) {
		return records.repository().openForOfficer(by.id().value(), page);
	}

	/** Open cases of {@code by}'s teams. */
	public Page<CaseFile> teamQueue(SignedInStaff by, Pageable page) {
		if (by.teams().isEmpty()) {
			return Page.empty(page);
		}
		return visibleOnly(by, records.repository().openInOffices(officesOf(by), true, by.teams(), page), page);
	}

	/** Every open case of the offices {@code by} works in, for managers. */
	public Page<CaseFile> allOpen(SignedInStaff by, Pageable page) {
		return visibleOnly(by, records.repository().openInOffices(officesOf(by), false, Set.of(new UUID(0, 0)), page), page);
	}

	/** Today, from the injected clock (for overdue and due-soon marks). */
	public java.time.LocalDate today() {
		return records.today();
	}

	/** The offices where {@code by} may log and work cases. */
	public Set<OfficeId> workingOffices(SignedInStaff by) {
		return by.offices().stream().filter(o -> CaseAccessPolicy.mayWork(by, o)).collect(Collectors.toSet());
	}

	private Set<UUID> officesOf(SignedInStaff by) {
		Set<UUID> offices = by.offices().stream().filter(o -> CaseAccessPolicy.mayWork(by, o) || by.holds(Role.PRINCIPAL, o))
				.map(OfficeId::value).collect(Collectors.toSet());
		return offices.isEmpty() ? Set.of(new UUID(0, 0)) : offices;
	}

	/** Drops the sensitive cases {@code by} has no need to know of (counted out of the page, not revealed). */
	private static Page<CaseFile> visibleOnly(SignedInStaff by, Page<CaseFile> cases, Pageable page) {
		List<CaseFile> visible = cases.getContent().stream().filter(c -> CaseAccessPolicy.mayView(by, c)).toList();
		long hidden = cases.getNumberOfElements() - visible.size();
		return new PageImpl<>(visible, page, cases.getTotalElements() - hidden);
	}

	/** A case with what its page shows beside it. */
	public record CaseView(CaseFile caseFile, List<ContactSummary> correspondents, Priority priority,
			org.redbox.directory.OfficeSummary office, List<org.redbox.correspondence.TimelineEntry> timeline,
			Set<String> topics, Set<org.redbox.correspondence.CaseFileId> related,
			List<org.redbox.correspondence.GrantedExtension> extensions,
			List<org.redbox.correspondence.StoppedClock> clockStops, java.time.LocalDate stageDue) {
	}
}
