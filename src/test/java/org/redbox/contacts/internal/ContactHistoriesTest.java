package org.redbox.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.contacts.ContactHistory;
import org.redbox.contacts.ContactHistory.HistoryItem;
import org.redbox.contacts.ContactId;

class ContactHistoriesTest {

	private final ContactId survivor = new ContactId(UUID.randomUUID());
	private final ContactId duplicate = new ContactId(UUID.randomUUID());

	private final HistoryItem parking = item("MAY-2026-00012: Parking permit", "2026-03-02");
	private final HistoryItem potholes = item("MAY-2026-00450: Potholes on Mill Lane", "2026-09-14");
	private final HistoryItem invitation = item("MAY-2026-00101: Invitation to the summer fair", "2026-05-20");

	/** How a module such as correspondence answers: the records it keeps under each contact id. */
	private final ContactHistory cases = fixed(Map.of(survivor, List.of(parking), duplicate, List.of(potholes)));
	private final ContactHistory invitations = fixed(Map.of(duplicate, List.of(invitation)));

	@Test
	void listsWhatEveryModuleHoldsForTheContactAndItsMergedDuplicatesNewestFirst() {
		var histories = new ContactHistories(List.of(cases, invitations));

		assertThat(histories.of(List.of(survivor, duplicate))).containsExactly(potholes, invitation, parking);
	}

	@Test
	void withNoModuleKeepingHistoryThereIsNone() {
		assertThat(new ContactHistories(List.of()).of(List.of(survivor))).isEmpty();
	}

	private static ContactHistory fixed(Map<ContactId, List<HistoryItem>> items) {
		return id -> items.getOrDefault(id, List.of());
	}

	private static HistoryItem item(String label, String date) {
		return new HistoryItem(label, "/cases/" + label.substring(0, 14), LocalDate.parse(date), "Open");
	}
}
