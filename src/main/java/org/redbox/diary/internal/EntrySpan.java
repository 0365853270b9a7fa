package org.redbox.diary.internal;

import java.time.Instant;
import java.util.UUID;

/** The instants an entry reaches, first occurrence to last: enough to tell whether it can come near a time. */
public record EntrySpan(UUID id, Instant start, Instant end) {

	/** Whether the entry reaches into {@code from} to {@code to}. */
	boolean reaches(Instant from, Instant to) {
		return start.isBefore(to) && end.isAfter(from);
	}
}
