package org.redbox.diary.caldav;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.diary.Diary;
import org.redbox.diary.DiaryCalendarConnected;
import org.redbox.diary.DiaryCalendarDisconnected;
import org.redbox.diary.DiaryCalendarSynced;
import org.redbox.diary.DiaryId;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A diary's two-way sync with one CalDAV calendar collection, and how its last sync went. */
@Entity
@Table(name = "diary_caldav_connection")
public class CaldavConnection extends AbstractAggregateRoot<CaldavConnection> {

	@Id
	@Column(name = "diary_id")
	private UUID diaryId;
	@Column(name = "office_id")
	private UUID officeId;
	private String url;
	private String username;
	@Column(name = "secret_name")
	private String secretName;
	@Column(name = "last_attempt_at")
	private Instant lastAttemptAt;
	@Column(name = "last_synced_at")
	private Instant lastSyncedAt;
	@Column(name = "last_outcome")
	private String lastOutcome;
	@Column(name = "last_error")
	private String lastError;
	@Column(name = "created_at")
	private Instant createdAt;
	@Version
	private Long version;

	protected CaldavConnection() {
	}

	static CaldavConnection connect(Diary diary, CaldavDetails details, Actor by, Instant now) {
		var connection = new CaldavConnection();
		connection.diaryId = diary.id().value();
		connection.officeId = diary.officeId().value();
		connection.createdAt = now;
		connection.change(diary, details, by, now);
		return connection;
	}

	void change(Diary diary, CaldavDetails details, Actor by, Instant now) {
		url = details.url();
		username = details.username();
		secretName = details.secretName();
		registerEvent(new DiaryCalendarConnected(diary(), officeId(), diary.title(), url, username, by, now));
	}

	void disconnect(Diary diary, Actor by, Instant now) {
		registerEvent(new DiaryCalendarDisconnected(diary(), officeId(), diary.title(), url, by, now));
	}

	void synced(String outcome, boolean changedAnything, Actor by, Instant now) {
		lastAttemptAt = now;
		lastSyncedAt = now;
		lastOutcome = cut(outcome, 2000);
		lastError = null;
		if (changedAnything) {
			registerEvent(new DiaryCalendarSynced(diary(), officeId(), lastOutcome, by, now));
		}
	}

	void failed(String error, String partialOutcome, boolean changedAnything, Actor by, Instant now) {
		lastAttemptAt = now;
		lastError = cut(error, 1000);
		if (changedAnything) {
			lastOutcome = cut(partialOutcome, 2000);
			registerEvent(new DiaryCalendarSynced(diary(), officeId(), lastOutcome + " (then stopped: " + lastError + ")", by, now));
		}
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	public DiaryId diary() {
		return new DiaryId(diaryId);
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public CaldavDetails details() {
		return new CaldavDetails(url, username, secretName);
	}

	public Instant lastAttemptAt() {
		return lastAttemptAt;
	}

	public Instant lastSyncedAt() {
		return lastSyncedAt;
	}

	public String lastOutcome() {
		return lastOutcome;
	}

	public String lastError() {
		return lastError;
	}
}
