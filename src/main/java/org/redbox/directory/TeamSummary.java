package org.redbox.directory;

import java.util.UUID;

import org.redbox.shared.OfficeId;

/** What other modules may know of a team. */
public record TeamSummary(UUID id, OfficeId office, String name) {
}
