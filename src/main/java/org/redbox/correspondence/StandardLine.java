package org.redbox.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An agreed paragraph on a topic ("the Mayor's position on the bus fare freeze") that drafters
 * may drop into a reply. It expires: from its expiry date on it is no longer offered, so an
 * out-of-date line is not sent by mistake.
 */
@Entity
@Table(name = "standard_line")
public class StandardLine extends AbstractAggregateRoot<StandardLine> {

	@Id
	private UUID id;
	@Column(name = "office_id")
	private UUID officeId;
	private String topic;
	private String title;
	@Column(name = "body_html")
	private String bodyHtml;
	@Column(name = "expires_on")
	private LocalDate expiresOn;
	@Embedded
	private SecurityMarking marking;
	@Column(name = "updated_at")
	private Instant updatedAt;
	/** Null until first saved, so that saving a new line persists it. */
	@Version
	private Long version;

	protected StandardLine() {
	}

	/** A new line; {@code safeBody} has already been cleaned to the letter safelist. */
	public static StandardLine create(OfficeId office, String topic, String title, String safeBody, LocalDate expiresOn,
			Actor by, Instant now) {
		var line = new StandardLine();
		line.id = UUID.randomUUID();
		line.officeId = office.value();
		line.marking = SecurityMarking.OFFICIAL;
		line.revise(topic, title, safeBody, expiresOn, by, now);
		return line;
	}

	public void revise(String newTopic, String newTitle, String safeBody, LocalDate newExpiry, Actor by, Instant now) {
		LetterTemplate.requireText(newTopic, "Choose the topic");
		LetterTemplate.requireText(newTitle, "Enter the line's title");
		LetterTemplate.requireText(safeBody, "Write the line");
		if (newExpiry == null) {
			throw new IllegalArgumentException("Enter the date the line expires");
		}
		if (safeBody.contains("{{")) {
			throw new IllegalArgumentException("A standard line cannot use merge fields: put them in the template");
		}
		topic = newTopic.strip();
		title = newTitle.strip();
		bodyHtml = safeBody;
		expiresOn = newExpiry;
		updatedAt = now;
		registerEvent(new StandardLineSaved(officeId(), id, topic, title, expiresOn, by, now));
	}

	/** Offered to drafters on {@code today}: before its expiry date. */
	public boolean isOfferedOn(LocalDate today) {
		return today.isBefore(expiresOn);
	}

	public UUID id() {
		return id;
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public String topic() {
		return topic;
	}

	public String title() {
		return title;
	}

	public String bodyHtml() {
		return bodyHtml;
	}

	public LocalDate expiresOn() {
		return expiresOn;
	}
}
