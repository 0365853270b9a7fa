package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;

/**
 * What campaign grouping (intake) asks of correspondence: the text an item arrived with, to
 * compare it with others, and the member cases of a campaign as a member of staff may see them.
 */
public interface CampaignCases {

	/** The cases' incoming items, those that exist, in no set order. No access check: grouping is Redbox's own work. */
	List<IncomingItem> incoming(Collection<CaseFileId> ids);

	/**
	 * The cases, in the order asked, as {@code viewer} may see them: a case they may not see
	 * (another office's, or OFFICIAL-SENSITIVE without need to know) is listed by reference only.
	 */
	List<MemberCase> members(SignedInStaff viewer, Collection<CaseFileId> ids);

	/** An incoming item and what it says. */
	record IncomingItem(CaseFileId id, OfficeId office, String reference, String text) {
	}

	/**
	 * A campaign's member case for its list.
	 *
	 * @param visible whether the viewer may see the case; if not, only {@code id} and {@code reference} are set
	 * @param correspondent the first correspondent's name, if any
	 */
	record MemberCase(CaseFileId id, String reference, boolean visible, String subject, String correspondent,
			Stage stage, LocalDate receivedOn, boolean sensitive) {
	}

	/**
	 * Sends the lead case's signed-off reply to a member case, personalised by its merge fields
	 * (correspondent's name and address, reference): by email where the correspondent has one
	 * and email is set up, otherwise as a PDF letter to post. Each member's timeline says so.
	 * A member already closed is left alone, so sending again after a crash sends nobody twice.
	 *
	 * @throws IllegalStateException when the lead's reply is not signed off, or the mail server refused the message
	 * @throws org.springframework.security.access.AccessDeniedException when {@code by} may not dispatch the member's reply
	 */
	MemberDispatch sendLeadReply(SignedInStaff by, CaseFileId lead, CaseFileId member);

	/** How a member's reply went. */
	enum MemberDispatch {
		EMAILED, POSTED, ALREADY_CLOSED
	}

	/** The lead case's reply is not signed off (or was changed since): nothing can be sent to the members. */
	class LeadReplyNotSignedOff extends IllegalStateException {

		public LeadReplyNotSignedOff(String leadReference) {
			super("The reply of the lead case " + leadReference + " must be signed off before it is sent to the campaign");
		}
	}
}
