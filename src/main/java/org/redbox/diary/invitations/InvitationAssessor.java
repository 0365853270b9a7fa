package org.redbox.diary.invitations;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.redbox.correspondence.InvitationCases.InvitationCase;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.SignedInStaff;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.WorkingCalendar;
import org.redbox.worktime.WorkingCalendars;
import org.springframework.stereotype.Component;

/**
 * Scores an invitation for one person: the principal's day of the event as they may see it,
 * its clashes, and the notice counted on the office's working-day calendar.
 */
@Component
class InvitationAssessor {

	private final InvitationsConfiguration.Rules rules;
	private final InvitationDiaries diaries;
	private final WorkingCalendars calendars;
	private final DirectoryManagement directory;

	InvitationAssessor(InvitationsConfiguration.Rules rules, InvitationDiaries diaries, WorkingCalendars calendars,
			DirectoryManagement directory) {
		this.rules = rules;
		this.diaries = diaries;
		this.calendars = calendars;
		this.directory = directory;
	}

	/** The assessment and the day; the day is empty when the person may not see the principal's diary. */
	Assessed assess(SignedInStaff by, InvitationCase c, InvitationDetails details) {
		Optional<InvitationDiaries.Day> day = diaries.principalsOf(c.office()).flatMap(diary -> diaries.dayOf(by, diary, details));
		List<String> clashes = day.map(InvitationDiaries.Day::clashes).orElse(List.of());
		var facts = new InvitationScoringPolicy.Facts(details, c.receivedOn(), c.subject(), c.reputationalRisk(), clashes);
		return new Assessed(rules.scoring().assess(facts, calendarOf(c), LocalDate.now(rules.clock())), day.orElse(null));
	}

	private WorkingCalendar calendarOf(InvitationCase c) {
		return calendars.calendar(HolidayRegion.of(directory.office(c.office()).orElseThrow().jurisdiction()));
	}

	/** An assessment with the principal's day of the event ({@code null} when not shown to this person). */
	record Assessed(InvitationAssessment assessment, InvitationDiaries.Day day) {
	}
}
