package org.redbox.diary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.redbox.shared.OfficeId;

/**
 * What the diary asks about briefings, implemented by the briefings module (which depends on the
 * diary, so the diary defines the question and never depends back). The diary calls it only
 * for entries the person already sees in full: private entries shown as busy are never asked about.
 */
public interface EngagementBriefings {

	/** The briefings commissioned for {@code entries} of the office's diary, with their state as of {@code today}. */
	List<BriefingOnEntry> on(OfficeId office, Collection<EntryId> entries, LocalDate today);
}
