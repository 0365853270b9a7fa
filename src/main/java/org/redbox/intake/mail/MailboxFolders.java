package org.redbox.intake.mail;

import java.util.List;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * The folder being read and the two it moves messages to, made when missing. Moves use IMAP MOVE
 * where the server has it, else copy, flag deleted and expunge just those messages.
 */
final class MailboxFolders {

	private final IMAPStore store;
	private final IMAPFolder source;
	private final Folder processed;
	private final Folder quarantine;

	private MailboxFolders(IMAPStore store, IMAPFolder source, Folder processed, Folder quarantine) {
		this.store = store;
		this.source = source;
		this.processed = processed;
		this.quarantine = quarantine;
	}

	static MailboxFolders open(Store store, Folder source, MailboxDetails details) throws MessagingException {
		return new MailboxFolders((IMAPStore) store, (IMAPFolder) source, existing(store, details.processedFolder()),
				existing(store, details.quarantineFolder()));
	}

	private static Folder existing(Store store, String name) throws MessagingException {
		Folder folder = store.getFolder(name);
		if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
			throw new MessagingException("Could not create the folder " + name);
		}
		return folder;
	}

	void prefetchWhole(List<Message> messages) throws MessagingException {
		if (!messages.isEmpty()) {
			FetchProfile whole = new FetchProfile();
			whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
			source.fetch(messages.toArray(Message[]::new), whole);
		}
	}

	void toProcessed(List<Message> messages) throws MessagingException {
		move(messages, processed);
	}

	void toQuarantine(List<Message> messages) throws MessagingException {
		move(messages, quarantine);
	}

	private void move(List<Message> messages, Folder target) throws MessagingException {
		if (messages.isEmpty()) {
			return;
		}
		Message[] moving = messages.toArray(Message[]::new);
		if (store.hasCapability("MOVE")) {
			source.moveMessages(moving, target);
		}
		else {
			source.copyMessages(moving, target);
			source.setFlags(moving, new jakarta.mail.Flags(jakarta.mail.Flags.Flag.DELETED), true);
			if (store.hasCapability("UIDPLUS")) {
				source.expunge(moving);
			}
			else {
				source.expunge();
			}
		}
		messages.clear();
	}
}
