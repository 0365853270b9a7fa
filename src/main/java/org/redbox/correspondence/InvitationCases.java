package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;

/**
 * What the diary asks of correspondence about invitations (cases of type
 * {@link CaseType#INVITATION}): the case as a member of staff may see it, the open invitations of
 * an office, and placing the decided reply as the case's draft, from where it goes through the
 * case's sign-off and dispatch like any reply.
 */
public interface InvitationCases {

	/** The invitation case, if {@code viewer} may see it; empty for no such case, one of another type, or one they may not see. */
	Optional<InvitationCase> find(SignedInStaff viewer, CaseFileId id);

	/** The office's open invitations that {@code viewer} may see, oldest first. */
	List<InvitationCase> open(SignedInStaff viewer, OfficeId office);

	/**
	 * Makes {@code templateHtml} the case's draft reply, its {@link MergeFields merge fields} filled
	 * for the case's correspondent: a case still at triage or allocation is brought to drafting with
	 * {@code by} allocated. The caller has decided that {@code by} may decide the invitation; here
	 * they must also work the office's cases and see this one.
	 *
	 * @throws IllegalStateException when the case is closed or not an invitation
	 * @throws IllegalArgumentException when the template uses a field Redbox does not know
	 */
	void draftDecidedReply(SignedInStaff by, CaseFileId id, String templateHtml);

	/**
	 * An invitation case as the diary shows it.
	 *
	 * @param correspondent the first correspondent's name, if any
	 * @param deadline when the reply (and so the decision) is due, from the invitation clock
	 */
	record InvitationCase(CaseFileId id, OfficeId office, String reference, String subject, String correspondent,
			LocalDate receivedOn, LocalDate deadline, Stage stage, boolean reputationalRisk, Set<String> topics,
			boolean sensitive, String incomingText) {

		public boolean isOpen() {
			return stage != Stage.CLOSED;
		}
	}
}
