package org.redbox.diary;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One occurrence of a series, named by its original local start, cancelled (an EXDATE) or
 * moved to other local times (an override with a RECURRENCE-ID).
 */
@Embeddable
public record OccurrenceChange(@Column(name = "original_start") LocalDateTime originalStart,
		@Column(name = "cancelled") boolean cancelled, @Column(name = "starts_local") LocalDateTime start,
		@Column(name = "ends_local") LocalDateTime end) {

	static OccurrenceChange cancellation(LocalDateTime originalStart) {
		return new OccurrenceChange(originalStart, true, null, null);
	}

	static OccurrenceChange move(LocalDateTime originalStart, LocalDateTime start, LocalDateTime end) {
		return new OccurrenceChange(originalStart, false, start, end);
	}
}
