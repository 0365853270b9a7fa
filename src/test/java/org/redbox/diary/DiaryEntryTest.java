package org.redbox.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.springframework.test.util.ReflectionTestUtils;

class DiaryEntryTest {

	private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
	private static final Actor DANA = Actor.anonymous("Dana Hughes");
	private final Diary diary = Diary.open(OfficeId.random(), UUID.randomUUID(), "Mayor of Exampleton", DANA, NOW);

	@Test
	void recordsWhatChangedBeforeAndAfter() {
		DiaryEntry entry = DiaryEntry.add(diary, visit("Mill Road Primary"), DANA, NOW);

		entry.revise(visit("Larkfield Academy"), DANA, NOW);

		assertThat(events(entry)).hasSize(2).last().isInstanceOfSatisfying(DiaryEntryRevised.class, revised -> {
			assertThat(revised.before()).contains("Mill Road Primary");
			assertThat(revised.after()).contains("Larkfield Academy");
		});
	}

	@Test
	void aRevisionThatChangesNothingRecordsNothing() {
		DiaryEntry entry = DiaryEntry.add(diary, visit("Mill Road Primary"), DANA, NOW);

		entry.revise(visit("Mill Road Primary"), DANA, NOW);

		assertThat(events(entry)).hasSize(1);
	}

	@Test
	void aCancelledEntryIsKeptButHasNoOccurrencesAndCannotChange() {
		DiaryEntry entry = DiaryEntry.add(diary, visit("Mill Road Primary"), DANA, NOW);

		entry.cancel(DANA, NOW);

		assertThat(entry.occurrencesBetween(NOW, NOW.plusSeconds(86_400 * 7))).isEmpty();
		assertThat(events(entry)).last().isInstanceOf(DiaryEntryCancelled.class);
		assertThatThrownBy(() -> entry.revise(visit("Elsewhere"), DANA, NOW)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aSingleEntryHasNoOccurrencesToCancel() {
		DiaryEntry entry = DiaryEntry.add(diary, visit("Mill Road Primary"), DANA, NOW);

		assertThatThrownBy(() -> entry.cancelOccurrence(LocalDateTime.of(2026, 6, 3, 10, 0), DANA, NOW))
				.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void anEntryMustEndAfterItStarts() {
		assertThatThrownBy(() -> EntryTime.timed(LocalDateTime.of(2026, 6, 3, 10, 0), LocalDateTime.of(2026, 6, 3, 9, 0),
				EntryTime.LONDON)).hasMessage("An entry must end after it starts");
	}

	private static EntryDetails visit(String place) {
		return new EntryDetails(EntryKind.ENGAGEMENT, "School visit",
				EntryTime.timed(LocalDateTime.of(2026, 6, 3, 10, 0), LocalDateTime.of(2026, 6, 3, 11, 0), EntryTime.LONDON), place,
				List.of(Attendee.other("Mrs Patel", "Head teacher", "Mill Road Primary")), null, false, null, null, null);
	}

	private static List<Object> events(DiaryEntry entry) {
		return List.copyOf(ReflectionTestUtils.<java.util.Collection<Object>>invokeMethod(entry, "domainEvents"));
	}
}
