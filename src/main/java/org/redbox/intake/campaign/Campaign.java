package org.redbox.intake.campaign;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A campaign: incoming items of one office that are copies of one letter, answered by one
 * reply drafted on its lead case. Its text is the plainest copy's, normalised; its members
 * are {@link CampaignItem}s. Managers name it, choose its lead, split members out and merge it
 * with another; each change is audited.
 */
@Entity
@Table(name = "campaign")
public class Campaign extends AbstractAggregateRoot<Campaign> {

	static final int NAME_LENGTH = 200;

	@Id
	private UUID id;
	@Column(name = "office_id")
	private UUID officeId;
	private String name;
	@Column(name = "template_text")
	private String templateText;
	@Column(name = "template_words")
	private int templateWords;
	@Column(name = "lead_case_id")
	private UUID leadCaseId;
	@Column(name = "started_at")
	private Instant startedAt;
	/** Null until first saved, so that saving a new campaign persists it. */
	@Column(name = "reply_requested_by")
	private UUID replyRequestedBy;
	@Column(name = "reply_requested_at")
	private Instant replyRequestedAt;
	@Column(name = "reply_finished_at")
	private Instant replyFinishedAt;
	@Column(name = "reply_problem")
	private String replyProblem;
	@Version
	private Long version;

	protected Campaign() {
	}

	/** Starts a campaign; it is named after its first words until a manager names it. */
	static Campaign start(UUID office, Fingerprint template, Instant at) {
		var c = new Campaign();
		c.id = UUID.randomUUID();
		c.officeId = office;
		c.templateText = template.text();
		c.templateWords = template.words();
		c.name = Arrays.stream(template.text().split(" ")).limit(8).collect(Collectors.joining(" ")) + "…";
		c.startedAt = at;
		c.registerEvent(new CampaignEvent.Started(c.id, c.office(), c.name, Actor.system(), at));
		return c;
	}

	public void rename(String newName, Actor by, Instant now) {
		if (newName == null || newName.isBlank()) {
			throw new IllegalArgumentException("Enter a name for the campaign");
		}
		if (newName.strip().length() > NAME_LENGTH) {
			throw new IllegalArgumentException("The name must be " + NAME_LENGTH + " characters or fewer");
		}
		String before = name;
		name = newName.strip();
		registerEvent(new CampaignEvent.Renamed(id, office(), before, name, by, now));
	}

	/** The lead case is the one whose reply is drafted and signed off for every member. */
	void lead(CampaignItem member, String reference, Actor by, Instant now) {
		requireMember(member);
		if (member.isFlagged()) {
			throw new IllegalArgumentException(reference + " is flagged for individual casework: it cannot lead the campaign");
		}
		leadCaseId = member.caseId();
		if (by != null) {
			registerEvent(new CampaignEvent.LeadChosen(id, office(), reference, by, now));
		}
	}

	void splitOut(CampaignItem member, String reference, Actor by, Instant now) {
		requireMember(member);
		member.splitOut();
		if (member.caseId().equals(leadCaseId)) {
			leadCaseId = null;
		}
		registerEvent(new CampaignEvent.MemberSplitOut(id, office(), reference, by, now));
	}

	/** Takes over the other campaign's members; the other is then deleted by the caller. */
	void absorb(Campaign other, long members, Actor by, Instant now) {
		if (other.id.equals(id)) {
			throw new IllegalArgumentException("Choose another campaign to merge with");
		}
		if (!other.officeId.equals(officeId)) {
			throw new IllegalArgumentException("Only campaigns of the same office can be merged");
		}
		registerEvent(new CampaignEvent.Merged(id, office(), other.name, members, by, now));
	}

	/**
	 * Asks for the lead's reply to be sent to the members in the background, on behalf of
	 * {@code by}; asking again after a run reaches only members not sent to yet.
	 */
	void requestReply(org.redbox.shared.StaffId by, Actor actor, long members, Instant now) {
		if (leadCaseId == null) {
			throw new IllegalStateException("Choose the lead case, whose signed-off reply is sent to the members");
		}
		if (isSendingReply()) {
			throw new IllegalStateException("The reply is being sent already");
		}
		replyRequestedBy = by.value();
		replyRequestedAt = now;
		replyFinishedAt = null;
		replyProblem = null;
		registerEvent(new CampaignEvent.ReplySendingStarted(id, office(), leadCaseId, members, actor, now));
	}

	/** The run reached every member; or stopped for a reason that holds for all of them. */
	void replyFinished(String problem, Instant now) {
		replyFinishedAt = now;
		replyProblem = problem == null ? null : problem.length() > 1000 ? problem.substring(0, 1000) : problem;
	}

	public boolean isSendingReply() {
		return replyRequestedAt != null && replyFinishedAt == null;
	}

	UUID replyRequestedBy() {
		return replyRequestedBy;
	}

	public Instant replyRequestedAt() {
		return replyRequestedAt;
	}

	public Instant replyFinishedAt() {
		return replyFinishedAt;
	}

	public String replyProblem() {
		return replyProblem;
	}

	boolean hasLead() {
		return leadCaseId != null;
	}

	private void requireMember(CampaignItem member) {
		if (!id.equals(member.campaignId())) {
			throw new IllegalArgumentException("That case is not in this campaign");
		}
	}

	public UUID id() {
		return id;
	}

	public OfficeId office() {
		return new OfficeId(officeId);
	}

	public String name() {
		return name;
	}

	public UUID leadCaseId() {
		return leadCaseId;
	}

	public Instant startedAt() {
		return startedAt;
	}

	Fingerprint template(int k) {
		return Fingerprint.ofNormalised(templateText, k);
	}
}
