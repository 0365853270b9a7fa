package org.redbox.intake.campaign;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An incoming item as grouping knows it: its case, its normalised text, and the campaign it
 * belongs to (none while it is alone) with how it compares with the campaign's text. An item a
 * manager split out is never grouped again.
 */
@Entity
@Table(name = "campaign_item")
public class CampaignItem {

	@Id
	@Column(name = "case_id")
	private UUID caseId;
	@Column(name = "office_id")
	private UUID officeId;
	@Column(name = "campaign_id")
	private UUID campaignId;
	@Column(name = "normalised_text")
	private String normalisedText;
	private int words;
	@Column(name = "arrived_at")
	private Instant arrivedAt;
	private Integer similarity;
	@Column(name = "new_words")
	private Integer newWords;
	private boolean flagged;
	@Column(name = "split_out")
	private boolean splitOut;
	@Column(name = "reply_sent_at")
	private Instant replySentAt;
	@Column(name = "reply_outcome")
	private String replyOutcome;
	@Column(name = "reply_problem")
	private String replyProblem;
	@Version
	private Long version;

	protected CampaignItem() {
	}

	static CampaignItem of(CampaignIndex.Item item) {
		var i = new CampaignItem();
		i.caseId = item.caseId();
		i.officeId = item.office();
		i.normalisedText = item.fingerprint().text();
		i.words = item.fingerprint().words();
		i.arrivedAt = item.arrivedAt();
		return i;
	}

	void join(UUID campaign, CampaignIndex.Match match) {
		campaignId = campaign;
		similarity = match.similarityPercent();
		newWords = match.newWords();
		flagged = match.flagged();
	}

	void splitOut() {
		campaignId = null;
		splitOut = true;
	}

	/** The campaign's reply went to this member (or could not, for {@code problem}): never again. */
	void replied(String outcome, String problem, Instant at) {
		replySentAt = at;
		replyOutcome = outcome;
		replyProblem = problem == null ? null : problem.length() > 1000 ? problem.substring(0, 1000) : problem;
	}

	public Instant replySentAt() {
		return replySentAt;
	}

	public String replyProblem() {
		return replyProblem;
	}

	CampaignIndex.Item asItem(int k) {
		return new CampaignIndex.Item(caseId, officeId, arrivedAt, Fingerprint.ofNormalised(normalisedText, k));
	}

	public UUID caseId() {
		return caseId;
	}

	public UUID campaignId() {
		return campaignId;
	}

	public Instant arrivedAt() {
		return arrivedAt;
	}

	public Integer similarity() {
		return similarity;
	}

	public Integer newWords() {
		return newWords;
	}

	public boolean isFlagged() {
		return flagged;
	}

	public boolean isSplitOut() {
		return splitOut;
	}
}
