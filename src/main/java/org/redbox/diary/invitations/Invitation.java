package org.redbox.diary.invitations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.correspondence.CaseFileId;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryId;
import org.redbox.diary.EntryTime;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An invitation to a principal, as the diary keeps it: the event's details, entered by staff
 * from the letter (its case, of type INVITATION, is correspondence's), and once only, the
 * decision — with its reason, who took it, and the engagement it put in a diary. Details cannot
 * change after the decision: the engagement and the reply were made from them.
 */
@Entity
@Table(name = "invitation")
public class Invitation extends AbstractAggregateRoot<Invitation> {

	@Id
	@Column(name = "case_id")
	private UUID caseId;
	@Column(name = "office_id")
	private UUID officeId;
	@Column(name = "event_name")
	private String eventName;
	@Column(name = "starts_local")
	private LocalDateTime startsLocal;
	@Column(name = "ends_local")
	private LocalDateTime endsLocal;
	private String zone;
	private String venue;
	private String ward;
	private String organiser;
	@Enumerated(EnumType.STRING)
	@Column(name = "principal_role")
	private InvitationRole role;
	@Column(name = "audience_size")
	private Integer audienceSize;
	@Column(name = "media_present")
	private boolean mediaPresent;
	@Column(name = "other_vips")
	private String otherVips;
	@Column(name = "deputy_acceptable")
	private boolean deputyAcceptable;
	@Column(name = "reply_by")
	private LocalDate replyBy;
	@Enumerated(EnumType.STRING)
	private InvitationDecision decision;
	@Column(name = "decision_reason")
	private String decisionReason;
	@Column(name = "decided_by")
	private UUID decidedBy;
	@Column(name = "decided_by_name")
	private String decidedByName;
	@Column(name = "decided_at")
	private Instant decidedAt;
	@Column(name = "engagement_diary_id")
	private UUID engagementDiaryId;
	@Column(name = "engagement_entry_id")
	private UUID engagementEntryId;
	@Embedded
	private SecurityMarking marking;
	@Column(name = "updated_at")
	private Instant updatedAt;
	/** Null until first saved, so that saving a new invitation persists it. */
	@Version
	private Long version;

	protected Invitation() {
	}

	/** The details of the invitation that case {@code caseId} of {@code office} is. */
	public static Invitation record(CaseFileId caseId, OfficeId office, InvitationDetails details, Actor by, Instant now) {
		var invitation = new Invitation();
		invitation.caseId = caseId.value();
		invitation.officeId = office.value();
		invitation.marking = SecurityMarking.OFFICIAL;
		invitation.apply(details, by, now);
		return invitation;
	}

	public void revise(InvitationDetails details, Actor by, Instant now) {
		if (isDecided()) {
			throw new IllegalStateException("The invitation was " + decision.pastTense().toLowerCase()
					+ ": its details are what the reply and the diary were made from, and no longer change");
		}
		apply(details, by, now);
	}

	/**
	 * Records the decision, once.
	 *
	 * @param diary the diary the engagement went into; {@code null} on decline
	 * @param engagement the engagement made; {@code null} on decline
	 */
	public void decide(InvitationDecision decided, String reason, DiaryId diary, String diaryTitle, EntryId engagement,
			Actor by, Instant now) {
		if (isDecided()) {
			throw new IllegalStateException("The invitation was already " + decision.pastTense().toLowerCase());
		}
		if (decided == null) {
			throw new IllegalArgumentException("Choose accept, decline or delegate");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("Give the reason for the decision");
		}
		if (decided.makesEngagement() != (engagement != null)) {
			throw new IllegalStateException(decided.displayName() + (decided.makesEngagement() ? " needs" : " makes no")
					+ " engagement");
		}
		decision = decided;
		decisionReason = reason.strip();
		decidedBy = by.staffId() == null ? null : by.staffId().value();
		decidedByName = by.name();
		decidedAt = now;
		engagementDiaryId = diary == null ? null : diary.value();
		engagementEntryId = engagement == null ? null : engagement.value();
		updatedAt = now;
		registerEvent(new InvitationDecided(caseId(), officeId(), decided, decisionReason, diary, diaryTitle, engagement, by, now));
	}

	private void apply(InvitationDetails details, Actor by, Instant now) {
		eventName = details.eventName();
		startsLocal = details.time().start();
		endsLocal = details.time().end();
		zone = details.time().zone().getId();
		venue = details.venue();
		ward = details.ward();
		organiser = details.organiser();
		role = details.role();
		audienceSize = details.audienceSize();
		mediaPresent = details.mediaPresent();
		otherVips = details.otherVips();
		deputyAcceptable = details.deputyAcceptable();
		replyBy = details.replyBy();
		updatedAt = now;
		registerEvent(new InvitationDetailsRecorded(caseId(), officeId(), eventName + " on " + startsLocal.toLocalDate()
				+ " at " + startsLocal.toLocalTime() + (venue == null ? "" : ", " + venue), by, now));
	}

	public InvitationDetails details() {
		return new InvitationDetails(eventName, EntryTime.timed(startsLocal, endsLocal, ZoneId.of(zone)), venue, ward, organiser,
				role, audienceSize, mediaPresent, otherVips, deputyAcceptable, replyBy);
	}

	public boolean isDecided() {
		return decision != null;
	}

	public CaseFileId caseId() {
		return new CaseFileId(caseId);
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public Optional<InvitationDecision> decision() {
		return Optional.ofNullable(decision);
	}

	public String decisionReason() {
		return decisionReason;
	}

	public String decidedByName() {
		return decidedByName;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public Optional<DiaryId> engagementDiary() {
		return Optional.ofNullable(engagementDiaryId).map(DiaryId::new);
	}

	public Optional<EntryId> engagement() {
		return Optional.ofNullable(engagementEntryId).map(EntryId::new);
	}

	public SecurityMarking marking() {
		return marking;
	}
}
