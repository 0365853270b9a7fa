package org.redbox.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.redbox.diary.internal.DiaryAdministration;
import org.redbox.diary.internal.DiaryDoor;
import org.redbox.directory.Role;
import org.redbox.support.DemoStaff;
import org.springframework.stereotype.Component;

/** The demo Mayor's diary, and entries added to it by the demo diary manager, each with a title of its own. */
@Component
class DiaryFixtures {

	private final DiaryDoor door;
	private final DiaryAdministration administration;
	private final DemoStaff demo;
	private final Clock clock;

	DiaryFixtures(DiaryDoor door, DiaryAdministration administration, DemoStaff demo, Clock clock) {
		this.door = door;
		this.administration = administration;
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

	static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	EntryId add(String title, LocalDate day, String from, String to, String place, boolean privateEntry, List<Attendee> attendees,
			RecurrenceRule rule) {
		var time = EntryTime.timed(LocalDateTime.of(day, LocalTime.parse(from)), LocalDateTime.of(day, LocalTime.parse(to)),
				EntryTime.LONDON);
		return administration.add(demo.holding(Role.DIARY_MANAGER), mayors(), new EntryDetails(EntryKind.MEETING, title, time,
				place, attendees, "Notes for " + title, privateEntry, null, Set.of(), rule)).entry();
	}
}
