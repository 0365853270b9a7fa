package org.redbox.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ClashPolicyTest {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 10);
	private final ClashPolicy policy = new ClashPolicy(30);

	@Test
	void warnsOfOverlappingEntriesNamingBoth() {
		var visit = at("School visit", "09:00", "10:30", "Mill Road Primary", null);
		var call = at("Call with the Chief Constable", "10:00", "10:30", null, null);

		List<Clash> clashes = policy.clashesAmong(List.of(call, visit));

		assertThat(clashes).singleElement().satisfies(clash -> {
			assertThat(clash.type()).isEqualTo(Clash.Type.OVERLAP);
			assertThat(clash.describe(Occurrence::title)).isEqualTo("\u201cSchool visit\u201d overlaps \u201cCall with the Chief Constable\u201d");
		});
	}

	@Test
	void warnsWhenTheGapIsShorterThanTheDefaultTravelTimeBetweenDifferentPlaces() {
		var visit = at("School visit", "09:00", "10:00", "Mill Road Primary", null);
		var opening = at("Library opening", "10:15", "11:00", "Central Library", null);

		assertThat(policy.clashesAmong(List.of(visit, opening))).singleElement().satisfies(clash -> {
			assertThat(clash.type()).isEqualTo(Clash.Type.TOO_CLOSE);
			assertThat(clash.describe(Occurrence::title)).contains("Only 15 minutes", "School visit", "Library opening", "needs 30");
		});
	}

	@Test
	void usesTheLaterEntrysOwnTravelTimeWhenSet() {
		var visit = at("School visit", "09:00", "10:00", "Mill Road Primary", null);
		var nearby = at("Walkabout", "10:15", "11:00", "Mill Road shops", 10);
		var faraway = at("Port visit", "12:00", "13:00", "Exampleton Docks", 90);

		assertThat(policy.clashesAmong(List.of(visit, nearby, faraway))).singleElement()
				.satisfies(clash -> assertThat(clash.second().title()).isEqualTo("Port visit"));
	}

	@Test
	void backToBackAtTheSamePlaceOrWithoutPlacesIsFine() {
		var first = at("Cabinet", "09:00", "10:00", "City Hall, Room 1", null);
		var second = at("Leader's briefing", "10:00", "11:00", "city hall,  room 1", null);
		var call = at("Call", "11:05", "11:30", null, null);

		assertThat(policy.clashesAmong(List.of(first, second, call))).isEmpty();
	}

	@Test
	void allDayEntriesDoNotClash() {
		var recess = new Occurrence(new EntryId(UUID.randomUUID()), null, EntryTime.allDay(DAY, DAY, EntryTime.LONDON),
				EntryKind.PROTECTED, "Recess", "Home", List.of(), null, Set.of(), false, null, false);
		var visit = at("School visit", "09:00", "10:00", "Mill Road Primary", null);

		assertThat(policy.clashesAmong(List.of(recess, visit))).isEmpty();
	}

	@Test
	void findsTheClashesOfOneEntryOnly() {
		var visit = at("School visit", "09:00", "10:00", "Mill Road Primary", null);
		var call = at("Call", "09:30", "10:00", null, null);
		var lunch = at("Lunch", "12:00", "13:00", "Town Hall", null);
		var talk = at("Talk", "12:30", "13:30", "Town Hall", null);

		assertThat(policy.clashesOf(lunch.entry(), List.of(visit, call, lunch, talk))).singleElement()
				.satisfies(clash -> assertThat(clash.involves(lunch.entry())).isTrue());
	}

	private static Occurrence at(String title, String from, String to, String place, Integer travel) {
		var time = EntryTime.timed(LocalDateTime.of(DAY, LocalTime.parse(from)), LocalDateTime.of(DAY, LocalTime.parse(to)),
				EntryTime.LONDON);
		return new Occurrence(new EntryId(UUID.randomUUID()), null, time, EntryKind.ENGAGEMENT, title, place, List.of(), null,
				Set.of(), false, travel, false);
	}
}
