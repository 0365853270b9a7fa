package org.redbox.notifications;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.redbox.shared.StaffId;

/**
 * One thing a member of staff is told. It names the record and what happened, never its
 * personal content, so the same words are safe on the home page and in an email.
 */
@Entity
@Table(name = "notice")
public class Notice {

	@Id
	private UUID id;
	@Column(name = "recipient_id")
	private UUID recipient;
	@Column(name = "office_id")
	private UUID office;
	@Embedded
	private SecurityMarking marking;
	@Enumerated(EnumType.STRING)
	private NoticeKind kind;
	@Column(name = "record_type")
	private String recordType;
	@Column(name = "record_id")
	private UUID recordId;
	private String message;
	private String link;
	@Column(name = "dedupe_key")
	private String dedupeKey;
	@Column(name = "created_at")
	private Instant createdAt;
	@Column(name = "read_at")
	private Instant readAt;
	@Column(name = "emailed_at")
	private Instant emailedAt;

	protected Notice() {
	}

	/**
	 * A new notice; {@code happening} tells one occurrence from another (an event's time, a
	 * deadline), so that the same occurrence never makes two notices.
	 */
	public static Notice of(StaffId recipient, OfficeId office, NoticeKind kind, String recordType, UUID recordId,
			String message, String link, String happening, Instant now) {
		var n = new Notice();
		n.id = UUID.randomUUID();
		n.recipient = recipient.value();
		n.office = office.value();
		n.marking = SecurityMarking.OFFICIAL;
		n.kind = kind;
		n.recordType = recordType;
		n.recordId = recordId;
		n.message = message;
		n.link = link;
		n.dedupeKey = kind + ":" + recordId + ":" + recipient.value() + ":" + happening;
		n.createdAt = now;
		return n;
	}

	public void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	public void markEmailed(Instant now) {
		emailedAt = now;
	}

	public NoticeView view() {
		return new NoticeView(id, kind, message, link, createdAt, readAt != null);
	}

	public UUID id() {
		return id;
	}

	public StaffId recipient() {
		return new StaffId(recipient);
	}

	public NoticeKind kind() {
		return kind;
	}

	public String message() {
		return message;
	}

	public String link() {
		return link;
	}

	public String dedupeKey() {
		return dedupeKey;
	}
}
