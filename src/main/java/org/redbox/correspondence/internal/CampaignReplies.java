package org.redbox.correspondence.internal;

import org.redbox.correspondence.CampaignCases.MemberDispatch;
import org.redbox.correspondence.CaseFileId;
import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Component;

/**
 * Sends a campaign's reply to one member through the existing letters path: by email when the
 * member's correspondent has an address and email is set up, otherwise as a PDF letter to post.
 * Not one transaction: the reply is adopted and committed first, then each path keeps its own
 * crash safety (EmailDispatch records a pending dispatch before the message leaves).
 */
@Component
class CampaignReplies {

	private final CampaignReplyAdoption adoption;
	private final EmailDispatch email;
	private final LetterDispatch letters;

	CampaignReplies(CampaignReplyAdoption adoption, EmailDispatch email, LetterDispatch letters) {
		this.adoption = adoption;
		this.email = email;
		this.letters = letters;
	}

	MemberDispatch send(SignedInStaff by, CaseFileId lead, CaseFileId member) {
		var adopted = adoption.adopt(by, lead.value(), member.value());
		if (adopted == CampaignReplyAdoption.Adopted.ALREADY_CLOSED) {
			return MemberDispatch.ALREADY_CLOSED;
		}
		if (adopted == CampaignReplyAdoption.Adopted.TO_EMAIL && email.isSetUp()) {
			email.send(by, member.value());
			return MemberDispatch.EMAILED;
		}
		letters.dispatchByHand(by, member.value(), "post");
		return MemberDispatch.POSTED;
	}
}
