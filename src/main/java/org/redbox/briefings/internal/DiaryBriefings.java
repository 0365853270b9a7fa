package org.redbox.briefings.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.redbox.briefings.Briefing;
import org.redbox.briefings.BriefingStatus;
import org.redbox.diary.BriefingOnEntry;
import org.redbox.diary.EngagementBriefings;
import org.redbox.diary.EntryId;
import org.redbox.shared.OfficeId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the diary's question about briefings (its day sheet and entry page): for entries the
 * diary has already let the person see, each briefing's state — cleared, awaiting, or overdue.
 */
@Component
@Transactional(readOnly = true)
class DiaryBriefings implements EngagementBriefings {

	private final Briefings briefings;

	DiaryBriefings(Briefings briefings) {
		this.briefings = briefings;
	}

	@Override
	public List<BriefingOnEntry> on(OfficeId office, Collection<EntryId> entries, LocalDate today) {
		if (entries.isEmpty()) {
			return List.of();
		}
		return briefings.findByEntryIdInOrderByEventStart(entries.stream().map(EntryId::value).distinct().toList()).stream()
				.filter(b -> b.officeId().equals(office)).map(b -> onEntry(b, today)).toList();
	}

	private static BriefingOnEntry onEntry(Briefing b, LocalDate today) {
		BriefingOnEntry.State state = b.status() == BriefingStatus.CLEARED ? BriefingOnEntry.State.CLEARED
				: b.isOverdue(today) ? BriefingOnEntry.State.OVERDUE : BriefingOnEntry.State.AWAITING;
		return new BriefingOnEntry(b.entryId(), b.eventLocal().toLocalDate(), b.teamName(), state, b.status().displayName(),
				b.dueOn(), "/briefings/" + b.id());
	}
}
