package org.redbox.briefings;

import java.time.LocalDate;
import java.util.UUID;

import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/**
 * A briefing to remind people of: due soon (the team has not submitted it) or overdue (not yet
 * cleared), with who should hear of it.
 *
 * @param event what it is for, as notices name it, e.g. "the Mayor of Exampleton engagement on 2 June 2026"
 */
public record BriefingDue(BriefingId briefing, OfficeId office, String event, UUID team, StaffId commissioner,
		LocalDate due, boolean overdue) {
}
