package org.redbox.intake.mail;

import java.util.ArrayList;
import java.util.Arrays;
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
 * record of processed messages keeps the outcome the same. Besides the schedule, a mailbox whose
 * server has IMAP IDLE is read as soon as a message arrives ({@link MailboxWatchers}).
 */
@Component
public class MailboxPoller {

	private static final Logger log = LoggerFactory.getLogger(MailboxPoller.class);
	private static final int CHUNK = 50;
	private static final long PREFETCH_MAX_SIZE = 1024 * 1024;

	private final Mailboxes mailboxes;
	private final MailboxConnector connector;
	private final MailProcessor processor;
	private final MailIntakeSettings settings;
	private final Map<UUID, ReentrantLock> polling = new ConcurrentHashMap<>();
	/** Told when a chunk's cases have committed, before they are moved; tests use it to stop there. */
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
		ReentrantLock lock = lockOf(mailbox);
		if (!lock.tryLock()) {
			return PollResult.busy();
		}
		return pollHolding(lock, mailbox);
	}

	/**
	 * Like {@link #poll}, but waits for a poll of the mailbox under way to end instead of skipping:
	 * a message that arrived while that poll was reading may not have been in its batch.
	 */
	PollResult pollWhenFree(Mailbox mailbox) throws InterruptedException {
		ReentrantLock lock = lockOf(mailbox);
		lock.lockInterruptibly();
		return pollHolding(lock, mailbox);
	}

	private ReentrantLock lockOf(Mailbox mailbox) {
		return polling.computeIfAbsent(mailbox.id(), id -> new ReentrantLock());
	}

	private PollResult pollHolding(ReentrantLock lock, Mailbox mailbox) {
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

	/**
	 * Chunk by chunk: reads the messages, takes those read in one transaction, then moves them.
	 * After a failure what was committed or recorded is still moved; after a crash (an Error) nothing is.
	 */
	private void process(Mailbox mailbox, Message[] messages, MailboxFolders folders, PollResult.Counter result)
			throws MessagingException {
		List<Message> taken = new ArrayList<>();
		List<Message> quarantined = new ArrayList<>();
		try {
			for (int from = 0; from < messages.length; from += CHUNK) {
				Message[] chunk = Arrays.copyOfRange(messages, from, Math.min(messages.length, from + CHUNK));
				prefetch(chunk, folders);
				List<Message> read = new ArrayList<>();
				List<MailProcessor.Outcome.Read> contents = new ArrayList<>();
				for (Message message : chunk) {
					MailProcessor.Outcome outcome = processor.read(mailbox, message);
					if (outcome instanceof MailProcessor.Outcome.Read r) {
						read.add(message);
						contents.add(r);
					}
					else {
						quarantined.add(message);
						result.quarantined();
					}
				}
				List<MailProcessor.Outcome> outcomes = processor.takeAll(mailbox, contents);
				if (!outcomes.isEmpty()) {
					afterCommit.run();
				}
				for (int i = 0; i < outcomes.size(); i++) {
					sort(outcomes.get(i), read.get(i), taken, quarantined, result);
				}
				folders.toProcessed(taken);
				folders.toQuarantine(quarantined);
			}
		}
		catch (MessagingException | RuntimeException e) {
			folders.toProcessed(taken);
			folders.toQuarantine(quarantined);
			throw e;
		}
	}

	private static void sort(MailProcessor.Outcome outcome, Message message, List<Message> taken,
			List<Message> quarantined, PollResult.Counter result) {
		if (outcome instanceof MailProcessor.Outcome.Taken t) {
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
	}

	/**
	 * Fetches the chunk's whole messages in one round trip, those small enough to hold in memory
	 * together; larger ones are fetched one by one as they are read.
	 */
	private void prefetch(Message[] chunk, MailboxFolders folders) throws MessagingException {
		long small = Math.min(PREFETCH_MAX_SIZE, settings.maxMessageSize().toBytes());
		List<Message> whole = new ArrayList<>();
		for (Message message : chunk) {
			if (message.getSize() <= small) {
				whole.add(message);
			}
		}
		folders.prefetchWhole(whole);
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
