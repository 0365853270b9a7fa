package org.redbox.intake.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads each enabled mailbox on a schedule, oldest message first, at most a batch at a time. A
 * message is moved to the processed folder only after its case has committed, and to the
 * quarantine folder only after the reason is recorded; a crash in between leaves it in the
 * folder, and the next poll finds it already taken (or quarantines it again) — never a second
 * case, never a lost message. One poll of a mailbox at a time on a node; on several nodes the
 * record of processed messages keeps the outcome the same.
 */
@Component
public class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
	private static final int MOVE_CHUNK = 50;

	private final Mailboxes mailboxes;
	private final MailboxConnector connector;
	private final MailProcessor processor;
	private final MailIntakeSettings settings;
	private final Map<UUID, ReentrantLock> polling = new ConcurrentHashMap<>();
	/** Told of each message whose case has committed, before it is moved; tests use it to stop there. */
	private volatile Runnable afterCommit = () -> {
	};

	MailboxPoller(Mailboxes mailboxes, MailboxConnector connector, MailProcessor processor, MailIntakeSettings settings) {
		this.mailboxes = mailboxes;
		this.connector = connector;
		this.processor = processor;
		this.settings = settings;
	}

	@Scheduled(initialDelayString = "${redbox.intake.mail.poll-interval:PT1M}",
			fixedDelayString = "${redbox.intake.mail.poll-interval:PT1M}")
	public void pollAll() {
		for (Mailbox mailbox : mailboxes.enabled()) {
			poll(mailbox);
		}
	}

	/** Reads one batch from the mailbox; what went wrong with the server or the database is returned, not thrown. */
	public PollResult poll(Mailbox mailbox) {
		ReentrantLock lock = polling.computeIfAbsent(mailbox.id(), id -> new ReentrantLock());
		if (!lock.tryLock()) {
			return PollResult.busy();
		}
		try {
			PollResult result = read(mailbox);
			mailboxes.polled(mailbox.id(), result.error());
			return result;
		}
		finally {
			lock.unlock();
		}
	}

	private PollResult read(Mailbox mailbox) {
		var details = mailbox.details();
		var result = new PollResult.Counter();
		try (Store store = connector.connect(details)) {
			Folder inbox = store.getFolder(details.folder());
			inbox.open(Folder.READ_WRITE);
			try {
				MailboxFolders folders = MailboxFolders.open(store, inbox, details);
				int count = Math.min(inbox.getMessageCount(), settings.batchSize());
				Message[] messages = count == 0 ? new Message[0] : inbox.getMessages(1, count);
				inbox.fetch(messages, profile());
				process(mailbox, messages, folders, result);
			}
			finally {
				if (inbox.isOpen()) {
					inbox.close(false);
				}
			}
		}
		catch (MessagingException | RuntimeException e) {
			log.warn("Polling mailbox {} stopped: {}", mailbox.name(), e.toString());
			result.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
		}
		return result.result();
	}

	/** Moves what was committed or recorded, in chunks and after each failure too: but not after a crash (an Error). */
	private void process(Mailbox mailbox, Message[] messages, MailboxFolders folders, PollResult.Counter result)
			throws MessagingException {
		List<Message> taken = new ArrayList<>();
		List<Message> quarantined = new ArrayList<>();
		try {
			for (Message message : messages) {
				MailProcessor.Outcome outcome = processor.handle(mailbox, message);
				if (outcome instanceof MailProcessor.Outcome.Taken t) {
					afterCommit.run();
					taken.add(message);
					result.taken(t.taken());
				}
				else if (outcome instanceof MailProcessor.Outcome.Quarantined) {
					quarantined.add(message);
					result.quarantined();
				}
				else {
					result.deferred();
				}
				if (taken.size() >= MOVE_CHUNK) {
					folders.toProcessed(taken);
				}
			}
		}
		catch (MessagingException | RuntimeException e) {
			folders.toProcessed(taken);
			folders.toQuarantine(quarantined);
			throw e;
		}
		folders.toProcessed(taken);
		folders.toQuarantine(quarantined);
	}

	private static FetchProfile profile() {
		FetchProfile profile = new FetchProfile();
		profile.add(FetchProfile.Item.SIZE);
		profile.add(UIDFolder.FetchProfileItem.UID);
		profile.add("Message-ID");
		return profile;
	}

	void afterCommit(Runnable hook) {
		this.afterCommit = hook;
	}
}
