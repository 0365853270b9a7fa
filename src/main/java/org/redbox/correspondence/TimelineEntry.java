package org.redbox.correspondence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One line of a case's timeline: what happened, who did it, when. Never changed once written. */
@Entity
@Immutable
@Table(name = "case_timeline")
public class TimelineEntry {

	/** Generated when written: a new entry has no id, so saving its case inserts it. */
	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private UUID id;
	@Column(name = "case_id", insertable = false, updatable = false)
	private UUID caseId;
	@Column(name = "occurred_at")
	private Instant occurredAt;
	private String action;
	@Column(name = "actor_name")
	private String actorName;
	private String summary;

	protected TimelineEntry() {
	}

	static TimelineEntry of(CaseFileEvent event) {
		var entry = new TimelineEntry();
		entry.occurredAt = event.occurredAt();
		entry.action = event.action();
		entry.actorName = event.actor().name();
		entry.summary = event.summary().length() > 2000 ? event.summary().substring(0, 1999) + "…" : event.summary();
		return entry;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public String action() {
		return action;
	}

	public String actorName() {
		return actorName;
	}

	public String summary() {
		return summary;
	}
}
