package org.redbox.correspondence.internal.search;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

import org.redbox.contacts.ContactId;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactsMerged;
import org.redbox.contacts.ContactUpdated;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseLogged;
import org.redbox.correspondence.internal.CaseFiles;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the searchable copy of a case's correspondents (names and emails) on the case: written
 * when the case is logged, in the same transaction, and rewritten on every case of a contact
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

	@EventListener
	void on(CaseLogged logged) {
		cases.findById(logged.caseId().value()).ifPresent(this::describe);
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
		return contacts.contacts(correspondents).stream()
				.map(p -> p.email() == null ? p.name() : p.name() + " " + p.email()).collect(Collectors.joining("\n"));
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
