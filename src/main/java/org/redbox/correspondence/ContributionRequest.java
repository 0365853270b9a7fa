package org.redbox.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A question the drafter sends to another team while drafting (a directorate's facts, a
 * service's position), with its own due date and a reminder date. Answered once, or cancelled.
 * It belongs to its case, which changes it; a new request is inserted by the service that asked
 * for it (see {@code Contributions}), because merging a case would treat a new child with an
 * assigned id as one that should already exist.
 */
@Entity
@Table(name = "case_contribution")
public class ContributionRequest {

	@Id
	private UUID id;
	@Column(name = "case_id")
	private UUID caseId;
	@Column(name = "team_id")
	private UUID teamId;
	@Column(name = "team_name")
	private String teamName;
	private String question;
	@Column(name = "due_on")
	private LocalDate dueOn;
	@Column(name = "remind_on")
	private LocalDate remindOn;
	@Column(name = "requested_by")
	private String requestedBy;
	@Column(name = "requested_at")
	private Instant requestedAt;
	private String answer;
	@Column(name = "answered_by")
	private String answeredBy;
	@Column(name = "answered_at")
	private Instant answeredAt;
	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	protected ContributionRequest() {
	}

	static ContributionRequest of(UUID caseId, UUID team, String teamName, String question, LocalDate due, LocalDate remindOn,
			String by, Instant now) {
		var r = new ContributionRequest();
		r.id = UUID.randomUUID();
		r.caseId = caseId;
		r.teamId = team;
		r.teamName = teamName;
		r.question = question;
		r.dueOn = due;
		r.remindOn = remindOn;
		r.requestedBy = by;
		r.requestedAt = now;
		return r;
	}

	void answer(String text, String by, Instant now) {
		requireOpen();
		this.answer = text;
		this.answeredBy = by;
		this.answeredAt = now;
	}

	void cancel(Instant now) {
		requireOpen();
		this.cancelledAt = now;
	}

	private void requireOpen() {
		if (!isOpen()) {
			throw new IllegalStateException("The request to " + teamName + " has already been "
					+ (answeredAt != null ? "answered" : "cancelled"));
		}
	}

	public boolean isOpen() {
		return answeredAt == null && cancelledAt == null;
	}

	public boolean isOverdue(LocalDate today) {
		return isOpen() && dueOn.isBefore(today);
	}

	public Status status() {
		return answeredAt != null ? Status.ANSWERED : cancelledAt != null ? Status.CANCELLED : Status.AWAITED;
	}

	public enum Status {
		AWAITED, ANSWERED, CANCELLED
	}

	public UUID id() {
		return id;
	}

	public UUID caseId() {
		return caseId;
	}

	public UUID teamId() {
		return teamId;
	}

	public String teamName() {
		return teamName;
	}

	public String question() {
		return question;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public LocalDate remindOn() {
		return remindOn;
	}

	public String requestedBy() {
		return requestedBy;
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public String answer() {
		return answer;
	}

	public String answeredBy() {
		return answeredBy;
	}

	public Instant answeredAt() {
		return answeredAt;
	}
}
