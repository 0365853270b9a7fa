package org.redbox.intake.mail;

import java.time.Instant;
import java.util.UUID;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;

/** A change to an office's mailbox; each is audited. Passwords never appear: only the variable's name. */
public sealed interface MailboxEvent extends AuditableEvent {

	UUID mailboxId();

	@Override
	default String recordType() {
		return "Mailbox";
	}

	@Override
	default String recordId() {
		return mailboxId().toString();
	}

	/** Where the mailbox is, how to sign in or which folders it uses changed. */
	record Changed(UUID mailboxId, OfficeId officeId, String changes, Actor actor, Instant occurredAt)
			implements MailboxEvent {

		@Override
		public String summary() {
			return "mailbox changed: " + changes;
		}
	}

	/** The mailbox was switched on (read again) or off (paused). */
	record Switched(UUID mailboxId, OfficeId officeId, String name, boolean on, Actor actor, Instant occurredAt)
			implements MailboxEvent {

		@Override
		public String summary() {
			return "mailbox " + name + (on ? " switched on" : " switched off");
		}
	}
}
