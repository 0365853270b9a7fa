package org.redbox.notifications.internal;

import java.time.Clock;

import org.redbox.correspondence.CaseAllocated;
import org.redbox.correspondence.CaseFileId;
import org.redbox.correspondence.CaseReturnedForRedraft;
import org.redbox.correspondence.ContributionAnswered;
import org.redbox.correspondence.ContributionRequested;
import org.redbox.directory.DirectoryManagement;
import org.redbox.correspondence.Caseload;
import org.redbox.notifications.Notice;
import org.redbox.notifications.NoticeKind;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells officers about their cases: allocated to them, returned to them (with who returned
 * it), and, from a regular sweep, due in two working days or overdue — once per deadline.
 * Nobody is told about what they did themselves.
 */
@Component
public class CaseNotices {

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final Caseload caseload;
	private final DirectoryManagement directory;
	private final NoticeWriter writer;
	private final Clock clock;

	CaseNotices(Caseload caseload, DirectoryManagement directory, NoticeWriter writer, Clock clock) {
		this.caseload = caseload;
		this.directory = directory;
		this.writer = writer;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CaseAllocated event) {
		if (!isSelf(event.officerId(), event.actor())) {
			notify(event.officerId(), event.office(), NoticeKind.ALLOCATED, event.caseId(),
					ref -> ref + " was allocated to you by " + event.actor().name(), event.occurredAt().toString());
		}
	}

	@ApplicationModuleListener
	void on(CaseReturnedForRedraft event) {
		if (event.drafter() != null && !isSelf(event.drafter(), event.actor())) {
			notify(event.drafter(), event.office(), NoticeKind.RETURNED, event.caseId(),
					ref -> ref + " was returned to you from " + event.from().displayName() + " by " + event.actor().name(),
					event.occurredAt().toString());
		}
	}

	@ApplicationModuleListener
	void on(ContributionRequested event) {
		for (var member : directory.activeMembersOf(event.team())) {
			if (!isSelf(member.id(), event.actor())) {
				notify(member.id(), event.office(), NoticeKind.CONTRIBUTION_REQUESTED, event.caseId(),
						ref -> event.actor().name() + " asks " + event.teamName() + " for a contribution to " + ref + " by "
								+ event.due().format(DAY),
						"/contributions", event.requestId().toString());
			}
		}
	}

	@ApplicationModuleListener
	void on(ContributionAnswered event) {
		if (event.drafter() != null && !isSelf(event.drafter(), event.actor())) {
			notify(event.drafter(), event.office(), NoticeKind.CONTRIBUTION_RECEIVED, event.caseId(),
					ref -> event.teamName() + " answered your request for a contribution to " + ref,
					"/cases/" + event.caseId().value(), event.requestId().toString());
		}
	}

	/** Every hour (and soon after start): warns each officer once per deadline, whichever node runs it first. */
	@Scheduled(initialDelayString = "${redbox.notifications.sweep-initial-delay:PT1M}",
			fixedDelayString = "${redbox.notifications.sweep-interval:PT1H}")
	public void sweepDeadlines() {
		for (Caseload.FallingDue due : caseload.fallingDue()) {
			boolean overdue = due.urgency() == org.redbox.correspondence.DueSoonPolicy.Urgency.OVERDUE;
			writer.keep(Notice.of(due.officer(), due.office(), overdue ? NoticeKind.OVERDUE : NoticeKind.DUE_SOON, "CaseFile",
					due.caseId().value(), due.reference() + (overdue ? " is overdue: it was due on " : " is due on ")
							+ due.deadline().format(DAY),
					"/cases/" + due.caseId().value(), due.deadline().toString(), clock.instant()));
		}
		for (Caseload.ContributionDue due : caseload.contributionsToRemind()) {
			for (var member : directory.activeMembersOf(due.team())) {
				writer.keep(Notice.of(member.id(), due.office(), NoticeKind.CONTRIBUTION_DUE, "ContributionRequest",
						due.requestId(), "Your team's contribution to " + due.reference() + " is due by "
								+ due.due().format(DAY), "/contributions", due.due().toString(), clock.instant()));
			}
		}
	}

	private void notify(StaffId to, OfficeId office, NoticeKind kind, CaseFileId caseId,
			java.util.function.Function<String, String> message, String happening) {
		notify(to, office, kind, caseId, message, "/cases/" + caseId.value(), happening);
	}

	private void notify(StaffId to, OfficeId office, NoticeKind kind, CaseFileId caseId,
			java.util.function.Function<String, String> message, String link, String happening) {
		String reference = caseload.referenceOf(caseId).orElse("A case");
		writer.keep(Notice.of(to, office, kind, "CaseFile", caseId.value(), message.apply(reference), link, happening,
				clock.instant()));
	}

	private static boolean isSelf(StaffId staff, Actor actor) {
		return staff == null || staff.equals(actor.staffId());
	}
}
