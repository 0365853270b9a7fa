package org.redbox.correspondence.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFileId;
import org.redbox.correspondence.Caseload;
import org.redbox.correspondence.DueSoonPolicy;
import org.redbox.correspondence.Stage;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts and deadline warnings over the whole caseload, from narrow queries rather than whole cases. */
@Service
@Transactional(readOnly = true)
class CaseloadOverview implements Caseload {

	private final CaseRecords records;
	private final Scheduling scheduling;

	CaseloadOverview(CaseRecords records, Scheduling scheduling) {
		this.records = records;
		this.scheduling = scheduling;
	}

	@Override
	public Summary summaryFor(SignedInStaff staff) {
		LocalDate today = records.today();
		long mine = 0;
		long overdue = 0;
		long dueSoon = 0;
		for (Object[] row : records.repository().openDeadlinesOf(staff.id().value(), Stage.open())) {
			mine++;
			var office = records.directory().office(new OfficeId((UUID) row[0]));
			var urgency = office.map(o -> DueSoonPolicy.urgencyOf((LocalDate) row[1], today, dueSoonUntil(o, today)))
					.orElse(DueSoonPolicy.Urgency.NONE);
			overdue += urgency == DueSoonPolicy.Urgency.OVERDUE ? 1 : 0;
			dueSoon += urgency == DueSoonPolicy.Urgency.DUE_SOON ? 1 : 0;
		}
		Set<UUID> managed = staff.offices().stream().filter(o -> CaseAccessPolicy.isManager(staff, o)).map(OfficeId::value)
				.collect(Collectors.toSet());
		long waiting = managed.isEmpty() ? 0 : records.repository().countAtStage(managed, Stage.ALLOCATION);
		long overdueManaged = managed.isEmpty() ? 0 : records.repository().countOverdue(managed, today, Stage.open());
		return new Summary(mine, overdue, dueSoon, waiting, overdueManaged, !managed.isEmpty());
	}

	@Override
	public java.util.Optional<String> referenceOf(CaseFileId id) {
		return records.repository().findById(id.value()).map(c -> c.reference());
	}

	@Override
	public List<FallingDue> fallingDue() {
		LocalDate today = records.today();
		List<FallingDue> due = new ArrayList<>();
		for (OfficeSummary office : records.directory().offices()) {
			LocalDate until = dueSoonUntil(office, today);
			for (Object[] row : records.repository().allocatedDueBy(office.id().value(), until, Stage.open())) {
				LocalDate deadline = (LocalDate) row[3];
				due.add(new FallingDue(new CaseFileId((UUID) row[0]), (String) row[1], office.id(), new StaffId((UUID) row[2]),
						deadline, DueSoonPolicy.urgencyOf(deadline, today, until)));
			}
		}
		return due;
	}

	@Override
	public List<ContributionDue> contributionsToRemind() {
		LocalDate today = records.today();
		return records.repository().withContributionsToRemind(today, Stage.open()).stream()
				.flatMap(c -> c.contributions().stream().filter(r -> r.isOpen() && !r.remindOn().isAfter(today))
						.map(r -> new ContributionDue(r.id(), c.id(), c.reference(), c.officeId(), r.teamId(), r.dueOn())))
				.toList();
	}

	private LocalDate dueSoonUntil(OfficeSummary office, LocalDate today) {
		return DueSoonPolicy.dueSoonUntil(scheduling.calendarOf(office), today);
	}
}
