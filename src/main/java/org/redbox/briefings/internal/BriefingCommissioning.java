package org.redbox.briefings.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.redbox.briefings.Briefing;
import org.redbox.briefings.BriefingAccessPolicy;
import org.redbox.briefings.BriefingSettings;
import org.redbox.diary.DiaryEngagements;
import org.redbox.diary.DiaryId;
import org.redbox.diary.Engagement;
import org.redbox.diary.EntryId;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.SignedInStaff;
import org.redbox.directory.TeamSummary;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commissioning a briefing for an engagement in a principal's diary: the diary says whether the
 * engagement exists and when it starts; the due day is counted back from it on the office's
 * working-day calendar unless the commissioner names an earlier one.
 */
@Service
@Transactional
public class BriefingCommissioning {

	private final DiaryEngagements engagements;
	private final DirectoryManagement directory;
	private final BriefingCalendar calendar;
	private final Briefings briefings;
	private final BriefingSettings settings;

	BriefingCommissioning(DiaryEngagements engagements, DirectoryManagement directory, BriefingCalendar calendar,
			Briefings briefings, BriefingSettings settings) {
		this.engagements = engagements;
		this.directory = directory;
		this.calendar = calendar;
		this.briefings = briefings;
		this.settings = settings;
	}

	/** What the commissioning form offers: the engagement, the office's teams and the default due day. */
	public record Proposal(Engagement engagement, List<TeamSummary> teams, LocalDate due) {
	}

	@Transactional(readOnly = true)
	public Proposal propose(SignedInStaff by, DiaryId diary, EntryId entry, LocalDate day) {
		Engagement engagement = engagementFor(by, diary, entry, day);
		LocalDate due = settings.duePolicy().dueFor(calendar.of(engagement.office()), engagement.day(), calendar.today());
		return new Proposal(engagement, directory.teams(engagement.office()), due);
	}

	/** Commissions the briefing; {@code due} may be left out for the default, or set no later than the event. */
	public Briefing commission(SignedInStaff by, DiaryId diary, EntryId entry, LocalDate day, UUID teamId, String request,
			LocalDate due) {
		Engagement engagement = engagementFor(by, diary, entry, day);
		LocalDate today = calendar.today();
		if (engagement.startInstant().isBefore(calendar.now())) {
			throw new IllegalArgumentException("The engagement has already started: commission briefings for what is to come");
		}
		if (teamId == null) {
			throw new IllegalArgumentException("Choose the team to ask");
		}
		TeamSummary team = directory.team(teamId).filter(t -> t.office().equals(engagement.office()))
				.orElseThrow(() -> new IllegalArgumentException("Choose a team of the diary's office"));
		if (due != null && due.isBefore(today)) {
			throw new IllegalArgumentException("The due day cannot be in the past");
		}
		LocalDate dueOn = due != null ? due
				: settings.duePolicy().dueFor(calendar.of(engagement.office()), engagement.day(), today);
		return briefings.save(Briefing.commission(engagement, team, request, dueOn, by.actor(), calendar.now()));
	}

	private Engagement engagementFor(SignedInStaff by, DiaryId diary, EntryId entry, LocalDate day) {
		Engagement engagement = engagements.engagement(by, diary, entry, day).orElseThrow(BriefingNotFound::new);
		if (!BriefingAccessPolicy.mayCommission(by, engagement.office())) {
			throw new AccessDeniedException("Only the office's diary managers and head of office commission briefings");
		}
		return engagement;
	}
}
