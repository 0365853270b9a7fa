package org.redbox.correspondence.internal.search;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

import org.redbox.contacts.ContactId;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactSummary;
import org.redbox.contacts.ContactsMerged;
import org.redbox.contacts.ContactUpdated;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.internal.CaseFiles;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the searchable copy of a case's correspondents (names and emails) on the case: written
 * with the case whenever it is saved ({@code CaseRecords}, from the correspondents it reads for
 * the priority anyway), and rewritten on every case of a contact
 * when the contact is changed or merged into another, so that search finds them by who they are now.
 * A merge also moves the duplicate's cases onto the survivor.
 */
@Component
public class CorrespondentsText {

	private final CaseFiles cases;
	private final ContactManagement contacts;

	CorrespondentsText(CaseFiles cases, ContactManagement contacts) {
		this.cases = cases;
		this.contacts = contacts;
	}

	@ApplicationModuleListener
	void on(ContactUpdated updated) {
		refresh(updated.contact().value());
	}

	/** The duplicate's cases now name the survivor (so the survivor's contact page lists them), then every text is rewritten. */
	@ApplicationModuleListener
	void on(ContactsMerged merged) {
		cases.withCorrespondent(merged.duplicate().value()).forEach(c -> {
			c.replaceCorrespondent(merged.duplicate(), merged.survivor());
			cases.save(c);
		});
		refresh(merged.survivor().value());
	}

	/** The text for {@code c} now, e.g. "Nadia Okafor nadia.okafor@example.org". */
	public String textOf(Collection<ContactId> correspondents) {
		return of(contacts.contacts(correspondents));
	}

	/** The text for these people, one per line: name, then email where there is one. */
	public static String of(Collection<ContactSummary> people) {
		return people.stream().map(p -> p.email() == null ? p.name() : p.name() + " " + p.email())
				.collect(Collectors.joining("\n"));
	}

	private void refresh(UUID contact) {
		cases.withCorrespondent(contact).forEach(c -> {
			describe(c);
			cases.save(c);
		});
	}

	private void describe(CaseFile c) {
		c.describeCorrespondents(textOf(c.correspondents()));
	}
}
