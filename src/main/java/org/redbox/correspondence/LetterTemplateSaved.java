package org.redbox.correspondence;

import java.time.Instant;
import java.util.UUID;

import org.redbox.contacts.LanguagePreference;
import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;

/** A letter template was added or changed. */
public record LetterTemplateSaved(OfficeId officeId, UUID templateId, String name, LanguagePreference language,
		Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public String recordType() {
		return "LetterTemplate";
	}

	@Override
	public String recordId() {
		return templateId.toString();
	}

	@Override
	public String summary() {
		return "letter template saved: " + name + " (" + language.name().toLowerCase() + ")";
	}
}
