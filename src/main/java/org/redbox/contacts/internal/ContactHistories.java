package org.redbox.contacts.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.redbox.contacts.ContactHistory;
import org.redbox.contacts.ContactHistory.HistoryItem;
import org.redbox.contacts.ContactId;
import org.springframework.stereotype.Component;

/**
 * A contact's history from every module that keeps one (none until a module implements
 * {@link ContactHistory}), newest first: the contacts module shows it without depending on them.
 */
@Component
public class ContactHistories {

	private final List<ContactHistory> histories;

	public ContactHistories(List<ContactHistory> histories) {
		this.histories = List.copyOf(histories);
	}

	/** Everything held under any of {@code ids}: a contact's own id and those of the duplicates merged into it. */
	public List<HistoryItem> of(Collection<ContactId> ids) {
		return ids.stream().flatMap(id -> histories.stream().flatMap(history -> history.historyOf(id).stream()))
				.distinct()
				.sorted(Comparator.comparing(HistoryItem::date).reversed().thenComparing(HistoryItem::label))
				.toList();
	}
}
