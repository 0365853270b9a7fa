package org.redbox.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A module's records about a contact, for the "their cases" list on the contact's page. A
 * module that keeps such records (correspondence: the cases they wrote in) implements this as
 * a bean; the contacts module asks every implementation and never depends on the modules behind
 * them.
 * <p>
 * The page asks for the contact's own id and for the id of every duplicate merged into it, so
 * an implementation answers for exactly the id it is given. Whoever may see the contact sees the
 * items: they should say no more than a person working with the contact may know (a reference
 * and a status rather than the subject of a case marked OFFICIAL-SENSITIVE).
 */
public interface ContactHistory {

	/** The records held about this contact id, in any order; empty when there are none. */
	List<HistoryItem> historyOf(ContactId id);

	/**
	 * One record in a contact's history.
	 *
	 * @param label what the record is, e.g. "MAY-2026-00123: Parking permit refused"
	 * @param href where the record's own page is, e.g. "/cases/MAY-2026-00123"
	 * @param date the day it started (a case: the day it was received)
	 * @param status where it stands, e.g. "Drafting" or "Closed"
	 */
	record HistoryItem(String label, String href, LocalDate date, String status) {

		public HistoryItem {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(href, "href");
			Objects.requireNonNull(date, "date");
		}
	}
}
