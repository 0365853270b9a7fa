package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;

/**
 * What campaign grouping (intake) asks of correspondence: the text an item arrived with, to
 * compare it with others, and the member cases of a campaign as a member of staff may see them.
 */
public interface CampaignCases {

	/** The case's incoming item; empty when there is no such case. No access check: grouping is Redbox's own work. */
	Optional<IncomingItem> incoming(CaseFileId id);

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
}
