package org.redbox.diary.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

import org.redbox.diary.Attendee;
import org.redbox.diary.Diary;
import org.redbox.diary.DiaryEntry;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.EntryKind;
import org.redbox.diary.EntryTime;
import org.redbox.diary.RecurrenceRule;
import org.redbox.directory.DirectoryManagement;
import org.redbox.shared.Actor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a demo installation whose Mayor's diary is empty, fills the week around today: a weekly
 * Monday briefing, a school visit, a meeting with an MP, a ward walkabout, a journey, a hold, a
 * private appointment, and a clash to show what a warning looks like.
 */
@Component
@Order(1)
class DemoDiary implements ApplicationRunner {

	private static final String MAYORS_POST = "Mayor of Exampleton";

	private final DirectoryManagement directory;
	private final Diaries diaries;
	private final DiaryEntries entries;
	private final Clock clock;

	DemoDiary(DirectoryManagement directory, Diaries diaries, DiaryEntries entries, Clock clock) {
		this.directory = directory;
		this.diaries = diaries;
		this.entries = entries;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!directory.isDemo()) {
			return;
		}
		diaries.findAllByOrderByTitle().stream().filter(d -> d.title().equals(MAYORS_POST)).findFirst()
				.filter(diary -> !entries.existsByDiaryId(diary.id().value()))
				.ifPresent(this::fill);
	}

	private void fill(Diary diary) {
		LocalDate monday = LocalDate.now(clock.withZone(diary.zone())).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		demoEntries(monday).forEach(details -> entries.save(DiaryEntry.add(diary, details, Actor.system(), clock.instant())));
	}

	static List<EntryDetails> demoEntries(LocalDate monday) {
		return List.of(
				new EntryDetails(EntryKind.MEETING, "Weekly briefing with the head of office", at(monday, "09:00", "09:45"),
						"Mayor's office, City Hall", List.of(), "Standing agenda: the week ahead, the diary, urgent cases.", false,
						0, Set.of(), RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO")),
				new EntryDetails(EntryKind.ENGAGEMENT, "Visit to Mill Road Primary School", at(monday.plusDays(1), "10:00", "11:30"),
						"Mill Road Primary School, Mill Lane", List.of(Attendee.other("Mrs Anita Patel", "Head teacher", "Mill Road Primary School")),
						"Assembly talk on the new cycle lanes, then a tour of the reading garden.", false, 25, Set.of(), null),
				new EntryDetails(EntryKind.MEETING, "Meeting with Daniel Okafor MP", at(monday.plusDays(1), "11:45", "12:30"),
						"Portcullis House, London", List.of(Attendee.other("Daniel Okafor MP", "Member of Parliament", "House of Commons")),
						"Bus franchising and the Mill Road bus lane.", false, 90, Set.of(), null),
				new EntryDetails(EntryKind.TRAVEL, "Train to London", at(monday.plusDays(2), "07:10", "09:05"), "Exampleton station",
						List.of(), null, false, null, Set.of(), null),
				new EntryDetails(EntryKind.ENGAGEMENT, "Ward walkabout, Larkfield", at(monday.plusDays(3), "14:00", "15:30"),
						"Larkfield estate", List.of(Attendee.other("Cllr Megan Ashworth", "Ward councillor", "Exampleton Borough Council")),
						null, false, null, Set.of(), null),
				new EntryDetails(EntryKind.HOLD, "Hold: Tenants' Association AGM", at(monday.plusDays(3), "18:30", "20:00"),
						"The Old Library, Church Street", List.of(), "Awaiting the invitation in writing.", false, null, Set.of(), null),
				new EntryDetails(EntryKind.PROTECTED, "Dentist", at(monday.plusDays(4), "08:30", "09:30"), "High Street Dental Practice",
						List.of(), "Personal appointment.", true, null, Set.of(), null),
				new EntryDetails(EntryKind.PROTECTED, "Constituency day", EntryTime.allDay(monday.plusDays(5), monday.plusDays(5),
						EntryTime.LONDON), null, List.of(), null, false, null, Set.of(), null));
	}

	private static EntryTime at(LocalDate day, String from, String to) {
		return EntryTime.timed(LocalDateTime.of(day, LocalTime.parse(from)), LocalDateTime.of(day, LocalTime.parse(to)), EntryTime.LONDON);
	}
}
