package org.redbox.diary.internal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An event imported into a diary from an .ics file, by its UID: importing it again updates its entry. */
@Entity
@Table(name = "diary_imported_event")
class ImportedEvent {

	@Embeddable
	record Key(@Column(name = "diary_id") UUID diaryId, @Column(name = "uid") String uid) implements Serializable {
	}

	@EmbeddedId
	private Key key;
	@Column(name = "entry_id")
	private UUID entryId;
	@Column(name = "imported_at")
	private Instant importedAt;

	protected ImportedEvent() {
	}

	ImportedEvent(Key key, UUID entryId, Instant importedAt) {
		this.key = key;
		this.entryId = entryId;
		this.importedAt = importedAt;
	}

	UUID entryId() {
		return entryId;
	}

	void importedAgain(UUID entry, Instant now) {
		entryId = entry;
		importedAt = now;
	}
}
