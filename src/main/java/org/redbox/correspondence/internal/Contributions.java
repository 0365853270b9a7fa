package org.redbox.correspondence.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.ContributionRequest;
import org.redbox.correspondence.ContributionTask;
import org.redbox.directory.SignedInStaff;
import org.redbox.directory.TeamSummary;
import org.redbox.shared.ReadAuditor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contribution requests: the drafter asks another team of the office, the team answers from
 * its own list without seeing the rest of the case, and the drafter may withdraw a request.
 */
@Service
@Transactional
public class Contributions {

	/** Working days a team is given unless the drafter says otherwise (never past the case deadline). */
	static final int DEFAULT_WORKING_DAYS = 5;

	private final CaseRecords records;
	private final Scheduling scheduling;
	private final ReadAuditor reads;
	private final jakarta.persistence.EntityManager entities;

	Contributions(CaseRecords records, Scheduling scheduling, ReadAuditor reads, jakarta.persistence.EntityManager entities) {
		this.entities = entities;
		this.records = records;
		this.scheduling = scheduling;
		this.reads = reads;
	}

	public ContributionRequest request(SignedInStaff by, UUID caseId, UUID teamId, String question, LocalDate due) {
		CaseFile c = records.visible(by, caseId);
		requireDrafter(by, c);
		TeamSummary team = records.directory().team(teamId).filter(t -> t.office().equals(c.officeId()))
				.orElseThrow(() -> new IllegalArgumentException("Choose a team of this office"));
		LocalDate today = records.today();
		var calendar = scheduling.calendarOf(records.officeOf(c));
		LocalDate dueOn = due == null ? suggestedDue(c) : due;
		LocalDate remind = dueOn.isAfter(today) ? calendar.minusWorkingDays(dueOn, 1) : dueOn;
		var request = c.requestContribution(team.id(), team.name(), question, dueOn, remind.isBefore(today) ? today : remind,
				today, by.actor(), records.now());
		entities.persist(request);
		records.save(c);
		return request;
	}

	/**
	 * Five working days from today on the office's calendar, but never after the case's own
	 * deadline: what the request form suggests (for a case the caller has already loaded and may see).
	 */
	@Transactional(readOnly = true)
	public LocalDate suggestedDue(CaseFile c) {
		LocalDate today = records.today();
		LocalDate due = scheduling.calendarOf(records.officeOf(c)).plusWorkingDays(today, DEFAULT_WORKING_DAYS);
		return c.deadline().isBefore(due) && !c.deadline().isBefore(today) ? c.deadline() : due;
	}

	/** A member of the asked team (or a manager of the office) answers; anyone else finds nothing. */
	public void answer(SignedInStaff by, UUID requestId, String text) {
		CaseFile c = records.repository().withContribution(requestId).orElseThrow(CaseNotFound::new);
		ContributionRequest r = c.contribution(requestId);
		if (!by.isInTeam(r.teamId()) && !CaseAccessPolicy.isManager(by, c.officeId())) {
			throw new CaseNotFound();
		}
		c.answerContribution(requestId, text, by.actor(), records.now());
		records.save(c);
	}

	public void cancel(SignedInStaff by, UUID caseId, UUID requestId) {
		CaseFile c = records.visible(by, caseId);
		requireDrafter(by, c);
		c.cancelContribution(requestId, by.actor(), records.now());
		records.save(c);
	}

	/** Requests to the person's teams: open ones by due date, then those answered in the last 30 days. The read is audited. */
	@Transactional(readOnly = true)
	public List<ContributionTask> forTeamsOf(SignedInStaff by) {
		if (by.teams().isEmpty()) {
			return List.of();
		}
		LocalDate today = records.today();
		List<ContributionTask> tasks = records.repository()
				.askingTeams(by.teams(), records.now().minus(Duration.ofDays(30))).stream()
				.flatMap(c -> c.contributions().stream().filter(r -> by.isInTeam(r.teamId()))
						.filter(r -> r.status() != ContributionRequest.Status.CANCELLED)
						.map(r -> ContributionTask.of(c, r, today)))
				.sorted(Comparator.comparing((ContributionTask t) -> t.status() != ContributionRequest.Status.AWAITED)
						.thenComparing(ContributionTask::due))
				.toList();
		reads.recordRead(by.actor(), null, "ContributionRequest", null,
				"listed " + tasks.size() + " contribution requests to their teams");
		return tasks;
	}

	/** The requests of a case, for its page (whose view is audited already). */
	@Transactional(readOnly = true)
	public List<ContributionTask> onCase(SignedInStaff by, UUID caseId) {
		CaseFile c = records.visible(by, caseId);
		LocalDate today = records.today();
		return c.contributions().stream().map(r -> ContributionTask.of(c, r, today)).toList();
	}

	private static void requireDrafter(SignedInStaff by, CaseFile c) {
		if (!CaseAccessPolicy.isAllocatedTo(by, c) && !CaseAccessPolicy.isManager(by, c.officeId())) {
			throw new AccessDeniedException("Only the allocated officer or a manager asks for contributions");
		}
	}
}
