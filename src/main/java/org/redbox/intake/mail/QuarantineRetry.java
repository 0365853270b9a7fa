package org.redbox.intake.mail;

import java.util.Optional;
import java.util.UUID;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

import org.springframework.stereotype.Component;

/**
 * Tries a quarantined message again, from the quarantine folder: once its case has committed it
 * moves to the processed folder and leaves the list; if it fails again, it stays, with the new reason.
 */
@Component
public class QuarantineRetry {

	private final Mailboxes mailboxes;
	private final MailboxConnector connector;
	private final MailProcessor processor;
	private final MailQuarantine quarantine;

	QuarantineRetry(Mailboxes mailboxes, MailboxConnector connector, MailProcessor processor, MailQuarantine quarantine) {
		this.mailboxes = mailboxes;
		this.connector = connector;
		this.processor = processor;
		this.quarantine = quarantine;
	}

	/** What became of the retry, in words for the page. */
	public record Retried(boolean logged, String message) {
	}

	public Retried retry(QuarantinedMail entry) {
		Optional<Mailbox> mailbox = mailboxes.find(entry.mailboxId());
		if (mailbox.isEmpty() || !entry.isOpen()) {
			return new Retried(false, "This message is no longer waiting in quarantine");
		}
		var details = mailbox.get().details();
		try (Store store = connector.connect(details)) {
			Folder folder = store.getFolder(details.quarantineFolder());
			folder.open(Folder.READ_WRITE);
			try {
				Optional<Message> message = find(folder, entry.messageKey());
				if (message.isEmpty()) {
					quarantine.resolve(entry.id(), "No longer in the quarantine folder " + details.quarantineFolder());
					return new Retried(false, "The message is no longer in the folder " + details.quarantineFolder()
							+ ": someone has moved or deleted it");
				}
				return retry(mailbox.get(), entry, folder, store, message.get());
			}
			finally {
				if (folder.isOpen()) {
					folder.close(false);
				}
			}
		}
		catch (MessagingException | RuntimeException e) {
			return new Retried(false, "The mailbox could not be read: " + e.getMessage());
		}
	}

	private Retried retry(Mailbox mailbox, QuarantinedMail entry, Folder folder, Store store, Message message)
			throws MessagingException {
		MailProcessor.Outcome outcome = processor.handle(mailbox, message);
		if (outcome instanceof MailProcessor.Outcome.Taken taken) {
			MailboxFolders.open(store, folder, mailbox.details()).toProcessed(new java.util.ArrayList<>(java.util.List.of(message)));
			String reference = taken.taken().reference();
			quarantine.resolve(entry.id(), reference == null ? "Retried: already a case" : "Retried: now case " + reference);
			return new Retried(true, reference == null ? "The message had already become a case"
					: "The message is now case " + reference);
		}
		if (outcome instanceof MailProcessor.Outcome.Quarantined q && q.entry() != null) {
			return new Retried(false, "It still cannot be processed: " + q.entry().reason());
		}
		return new Retried(false, "It could not be processed just now; try again later");
	}

	private static Optional<Message> find(Folder folder, String key) throws MessagingException {
		for (Message message : folder.getMessages()) {
			String candidate = key.startsWith("<") ? MailKeys.fromHeaders(message)
					: key.startsWith("size:") ? MailKeys.ofOversized(message)
							: MailKeys.of(MailKeys.raw(message, Integer.MAX_VALUE - 32));
			if (key.equals(candidate)) {
				return Optional.of(message);
			}
		}
		return Optional.empty();
	}
}
