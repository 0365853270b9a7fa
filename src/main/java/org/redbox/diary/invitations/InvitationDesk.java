package org.redbox.diary.invitations;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.redbox.correspondence.CaseFileId;
import org.redbox.correspondence.InvitationCases;
import org.redbox.correspondence.InvitationCases.InvitationCase;
import org.redbox.diary.Diary;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.ReadAuditor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations as the pages show them: one invitation with its score, recommendation and the
 * principal's day, and the diary meeting — every invitation awaiting decision in the offices
 * whose invitations the person decides, by event date. Seeing who invites the principal, and
 * whom they will meet, is recorded as a read.
 */
@Service
@Transactional(readOnly = true)
public class InvitationDesk {

	private final InvitationCases cases;
	private final Invitations invitations;
	private final InvitationAssessor assessor;
	private final InvitationDiaries diaries;
	private final ReadAuditor reads;

	InvitationDesk(InvitationCases cases, Invitations invitations, InvitationAssessor assessor, InvitationDiaries diaries,
			ReadAuditor reads) {
		this.cases = cases;
		this.invitations = invitations;
		this.assessor = assessor;
		this.diaries = diaries;
		this.reads = reads;
	}

	/**
	 * An invitation and what may be done with it.
	 *
	 * @param invitation {@code null} until its details are entered
	 * @param assessment {@code null} until its details are entered
	 * @param day the principal's day of the event, {@code null} when not known or not shown to this person
	 * @param delegates the diaries it may be delegated to
	 * @param decidedInto the title of the diary the engagement went into, once decided (not on decline)
	 */
	public record InvitationView(InvitationCase invitationCase, Invitation invitation, InvitationDetails details,
			InvitationAssessment assessment, InvitationDiaries.Day day, boolean mayEdit, boolean mayDecide, List<Diary> delegates,
			String decidedInto) {

		public boolean awaitsDecision() {
			return invitationCase.isOpen() && (invitation == null || !invitation.isDecided());
		}
	}

	public InvitationView view(SignedInStaff by, CaseFileId id) {
		InvitationCase c = cases.find(by, id).orElseThrow(InvitationNotFound::new);
		InvitationView view = viewOf(by, c);
		if (view.invitation() != null) {
			reads.recordRead(by.actor(), c.office(), "Invitation", id.toString(), "viewed the invitation " + c.reference());
		}
		return view;
	}

	/** The invitations awaiting decision in the offices where {@code by} decides them, by event date (undetailed last). */
	public List<InvitationView> meeting(SignedInStaff by) {
		List<InvitationView> waiting = Stream.concat(by.officesWhereHolding(Role.CHIEF_OF_STAFF).stream(),
				by.officesWhereHolding(Role.DIARY_MANAGER).stream()).distinct()
				.flatMap(office -> cases.open(by, office).stream()).map(c -> viewOf(by, c)).filter(InvitationView::awaitsDecision)
				.sorted(Comparator.comparing((InvitationView v) -> v.details() == null ? null : v.details().time().startInstant(),
						Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
		waiting.stream().map(v -> v.invitationCase().office()).distinct()
				.forEach(office -> reads.recordRead(by.actor(), office, "Invitation", null, "viewed the diary meeting: "
						+ waiting.stream().filter(v -> v.invitationCase().office().equals(office)).count() + " invitations"));
		return waiting;
	}

	private InvitationView viewOf(SignedInStaff by, InvitationCase c) {
		Optional<Invitation> invitation = invitations.findById(c.id().value());
		InvitationDetails details = invitation.map(Invitation::details).orElse(null);
		var assessed = details == null ? null : assessor.assess(by, c, details);
		String decidedInto = invitation.flatMap(Invitation::engagementDiary).flatMap(diaries::diary).map(Diary::title).orElse(null);
		return new InvitationView(c, invitation.orElse(null), details, assessed == null ? null : assessed.assessment(),
				assessed == null ? null : assessed.day(), InvitationAccessPolicy.mayEditDetails(by, c.office()),
				InvitationAccessPolicy.mayDecide(by, c.office()), diaries.delegatesFor(c.office()), decidedInto);
	}
}
