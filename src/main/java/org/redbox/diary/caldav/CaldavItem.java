package org.redbox.diary.caldav;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry known to both sides of a sync: where it is on the server, its UID there, and the
 * server's ETag and the entry's version when the two were last in step.
 */
@Entity
@Table(name = "diary_caldav_item")
class CaldavItem {

	@Id
	private UUID id;
	@Column(name = "diary_id")
	private UUID diaryId;
	@Column(name = "entry_id")
	private UUID entryId;
	private String href;
	private String uid;
	private String etag;
	@Column(name = "entry_version")
	private long entryVersion;
	@Column(name = "synced_at")
	private Instant syncedAt;

	protected CaldavItem() {
	}

	CaldavItem(UUID diaryId, UUID entryId, String href, String uid, String etag, long entryVersion, Instant now) {
		this.id = UUID.randomUUID();
		this.diaryId = diaryId;
		this.entryId = entryId;
		this.href = href;
		this.uid = uid;
		this.etag = etag;
		this.entryVersion = entryVersion;
		this.syncedAt = now;
	}

	void inStep(String newEtag, long version, Instant now) {
		etag = newEtag;
		entryVersion = version;
		syncedAt = now;
	}

	UUID id() {
		return id;
	}

	UUID entryId() {
		return entryId;
	}

	String href() {
		return href;
	}

	String uid() {
		return uid;
	}

	String etag() {
		return etag;
	}

	long entryVersion() {
		return entryVersion;
	}
}
