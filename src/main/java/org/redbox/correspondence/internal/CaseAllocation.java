package org.redbox.correspondence.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.ComplaintEscalationPolicy;
import org.redbox.correspondence.Stage;
import org.redbox.directory.SignedInStaff;
import org.redbox.directory.TeamSummary;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Allocating cases to a team and an officer: one, many at once, or "take next". */
@Service
@Transactional
public class CaseAllocation {

	private final CaseRecords records;

	CaseAllocation(CaseRecords records) {
		this.records = records;
	}

	/** A manager allocates a case to an officer in a team of the case's office. */
	public void allocate(SignedInStaff by, UUID caseId, UUID teamId, StaffId officer) {
		CaseFile c = records.visible(by, caseId);
		if (!CaseAccessPolicy.isManager(by, c.officeId())) {
			throw new AccessDeniedException("Only a manager allocates cases");
		}
		assign(by, c, teamId, officer);
	}

	/** Allocates the cases together: all of them, or (when one cannot be) none. Returns how many. */
	public int allocateAll(SignedInStaff by, List<UUID> caseIds, UUID teamId, StaffId officer) {
		int done = 0;
		for (UUID id : caseIds) {
			allocate(by, id, teamId, officer);
			done++;
		}
		return done;
	}

	/** Hands {@code by} the highest-priority case awaiting allocation in one of their teams' offices. */
	public Optional<CaseFile> takeNext(SignedInStaff by, OfficeId office) {
		if (!CaseAccessPolicy.mayWork(by, office)) {
			throw new AccessDeniedException("You do not work this office's cases");
		}
		UUID team = by.teams().stream().map(t -> records.directory().team(t)).flatMap(Optional::stream)
				.filter(t -> t.office().equals(office)).map(TeamSummary::id).findFirst()
				.orElseThrow(() -> new IllegalStateException("You are not in a team of this office: ask an administrator"));
		for (CaseFile c : records.repository().waiting(office.value(), Stage.ALLOCATION, PageRequest.of(0, 20))) {
			if (CaseAccessPolicy.mayView(by, c) && mayHandle(c, by.id())) {
				assign(by, c, team, by.id());
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

	private void assign(SignedInStaff by, CaseFile c, UUID teamId, StaffId officer) {
		TeamSummary team = records.directory().team(teamId).filter(t -> t.office().equals(c.officeId()))
				.orElseThrow(() -> new IllegalArgumentException("Choose a team of this case's office"));
		SignedInStaff person = records.directory().activeStaffOf(c.officeId()).stream()
				.filter(s -> s.id().equals(officer)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Choose an active officer of this case's office"));
		if (!mayHandle(c, officer)) {
			throw new IllegalArgumentException(person.name() + " handled stage 1 of this complaint: "
					+ "a stage 2 complaint goes to someone else");
		}
		c.allocate(team.id(), team.name(), officer, person.name(), by.actor(), records.now());
		records.save(c);
	}

	private boolean mayHandle(CaseFile c, StaffId officer) {
		CaseFile stageOne = c.escalatedFrom() == null ? null
				: records.repository().findById(c.escalatedFrom().value()).orElse(null);
		return ComplaintEscalationPolicy.mayHandle(c, stageOne, officer);
	}
}
