package org.redbox.briefings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.redbox.diary.Attendee;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.EntryId;
import org.redbox.diary.EntryKind;
import org.redbox.diary.EntryTime;
import org.redbox.diary.internal.DiaryAdministration;
import org.redbox.diary.internal.DiaryDoor;
import org.redbox.directory.Role;
import org.redbox.support.DemoStaff;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.WorkingCalendar;
import org.redbox.worktime.WorkingCalendars;
import org.springframework.stereotype.Component;

/** Engagements in the demo Mayor's diary, added by the demo diary manager, each with a title of its own. */
@Component
class BriefingFixtures {

	private final DiaryDoor door;
	private final DiaryAdministration administration;
	private final WorkingCalendars calendars;
	private final DemoStaff demo;
	private final Clock clock;

	BriefingFixtures(DiaryDoor door, DiaryAdministration administration, WorkingCalendars calendars, DemoStaff demo,
			Clock clock) {
		this.door = door;
		this.administration = administration;
		this.calendars = calendars;
		this.demo = demo;
		this.clock = clock;
	}

	DiaryId mayors() {
		return door.visible(demo.holding(Role.DIARY_MANAGER)).stream().map(open -> open.diary())
				.filter(diary -> diary.title().equals("Mayor of Exampleton")).findFirst().orElseThrow().id();
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(EntryTime.LONDON));
	}

	WorkingCalendar england() {
		return calendars.calendar(HolidayRegion.fromCode("england-and-wales"));
	}

	static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	EntryId engagement(String title, LocalDate day, String from, String to, String place, boolean privateEntry,
			List<Attendee> attendees) {
		var time = EntryTime.timed(LocalDateTime.of(day, LocalTime.parse(from)), LocalDateTime.of(day, LocalTime.parse(to)),
				EntryTime.LONDON);
		return administration.add(demo.holding(Role.DIARY_MANAGER), mayors(), new EntryDetails(EntryKind.ENGAGEMENT, title,
				time, place, attendees, "Purpose: " + title, privateEntry, 25, Set.of(), null)).entry();
	}
}
