package org.redbox.diary.invitations;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.redbox.correspondence.CaseFileId;
import org.redbox.correspondence.InvitationCases;
import org.redbox.correspondence.InvitationCases.InvitationCase;
import org.redbox.diary.Diary;
import org.redbox.diary.DiaryEntry;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.EntryId;
import org.redbox.diary.EntryKind;
import org.redbox.diary.internal.DiaryEntries;
import org.redbox.directory.SignedInStaff;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records invitations' details and decisions. A decision, in one transaction: on accept an
 * engagement in the principal's diary, on delegate one in the delegate's diary (the decision is
 * the authority for it, so the deciding office need not run that diary), and always the reply
 * from the decision's wording placed as the case's draft, to be signed off and dispatched as any
 * reply. Anything refused leaves nothing behind.
 */
@Service
@Transactional
public class InvitationDecisions {

	private final InvitationCases cases;
	private final Invitations invitations;
	private final InvitationDiaries diaries;
	private final DiaryEntries entries;
	private final InvitationsConfiguration.Rules rules;

	InvitationDecisions(InvitationCases cases, Invitations invitations, InvitationDiaries diaries, DiaryEntries entries,
			InvitationsConfiguration.Rules rules) {
		this.cases = cases;
		this.invitations = invitations;
		this.diaries = diaries;
		this.entries = entries;
		this.rules = rules;
	}

	/** Enters or corrects the invitation's details (staff who work the office's cases, until it is decided). */
	public void record(SignedInStaff by, CaseFileId id, InvitationDetails details) {
		InvitationCase c = invitationCase(by, id);
		if (!InvitationAccessPolicy.mayEditDetails(by, c.office())) {
			throw new AccessDeniedException("Only the office's staff enter an invitation's details");
		}
		Clock clock = rules.clock();
		invitations.findById(id.value()).ifPresentOrElse(
				invitation -> invitations.save(revised(invitation, details, by, clock)),
				() -> invitations.save(Invitation.record(id, c.office(), details, by.actor(), clock.instant())));
	}

	/**
	 * Decides the invitation.
	 *
	 * @param delegateTo whose diary the engagement goes into on delegate; ignored otherwise
	 * @return the engagement made, if any
	 */
	public Decided decide(SignedInStaff by, CaseFileId id, InvitationDecision decision, String reason, DiaryId delegateTo) {
		InvitationCase c = invitationCase(by, id);
		if (!InvitationAccessPolicy.mayDecide(by, c.office())) {
			throw new AccessDeniedException("Only the head of office and the diary managers decide invitations");
		}
		if (!c.isOpen()) {
			throw new IllegalStateException(c.reference() + " is closed: its invitation can no longer be decided");
		}
		Invitation invitation = invitations.findById(id.value())
				.orElseThrow(() -> new IllegalStateException("Enter the invitation's details before deciding it"));
		if (invitation.isDecided()) {
			throw new IllegalStateException("The invitation was already " + invitation.decision().orElseThrow().pastTense().toLowerCase());
		}
		if (decision == null) {
			throw new IllegalArgumentException("Choose accept, decline or delegate");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Give the reason for the decision");
		}
		Diary diary = switch (decision) {
			case ACCEPT -> diaries.principalsOf(c.office())
					.orElseThrow(() -> new IllegalStateException("The office has no principal's diary to accept into"));
			case DELEGATE -> delegateDiary(c, delegateTo);
			case DECLINE -> null;
		};
		InvitationDetails details = invitation.details();
		EntryId engagement = diary == null ? null : engagementIn(diary, c, details, by);
		cases.draftDecidedReply(by, id, rules.replies().draft(decision, details, decision == InvitationDecision.DELEGATE
				? diary.title() : null));
		invitation.decide(decision, reason, diary == null ? null : diary.id(), diary == null ? null : diary.title(), engagement,
				by.actor(), rules.clock().instant());
		invitations.save(invitation);
		return new Decided(decision, diary == null ? null : diary.id(), engagement);
	}

	/** What a decision made: the engagement and the diary it went into (none on decline). */
	public record Decided(InvitationDecision decision, DiaryId diary, EntryId engagement) {
	}

	private Diary delegateDiary(InvitationCase c, DiaryId delegateTo) {
		if (delegateTo == null) {
			throw new IllegalArgumentException("Choose whose diary the invitation is delegated to");
		}
		return diaries.delegatesFor(c.office()).stream().filter(d -> d.id().equals(delegateTo)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Delegate to another principal's diary (a deputy or a Cabinet Member)"));
	}

	private EntryId engagementIn(Diary diary, InvitationCase c, InvitationDetails d, SignedInStaff by) {
		String notes = String.join("\n", List.of("Invitation " + c.reference() + (d.organiser() == null ? "" : " from " + d.organiser()),
				"Asked to: " + d.role().displayName().toLowerCase(java.util.Locale.UK),
				d.audienceSize() == null ? "Audience: not known" : "Audience: about " + d.audienceSize(),
				d.mediaPresent() ? "Media present" : "No media expected",
				d.otherVips() == null ? "Other VIPs: none named" : "Other VIPs: " + d.otherVips()));
		var details = new EntryDetails(EntryKind.ENGAGEMENT, d.eventName(), d.time(), d.venue(), List.of(), notes, false, null,
				Set.of(c.id().value()), null);
		return entries.save(DiaryEntry.add(diary, details, by.actor(), rules.clock().instant())).id();
	}

	private InvitationCase invitationCase(SignedInStaff by, CaseFileId id) {
		return cases.find(by, id).orElseThrow(InvitationNotFound::new);
	}

	private static Invitation revised(Invitation invitation, InvitationDetails details, SignedInStaff by, Clock clock) {
		invitation.revise(details, by.actor(), clock.instant());
		return invitation;
	}
}
