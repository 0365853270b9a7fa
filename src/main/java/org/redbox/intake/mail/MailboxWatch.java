package org.redbox.intake.mail;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;

import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one mailbox with IMAP IDLE on a daemon thread of its own, and reads it through the
 * poller's usual path as soon as the server says a message has arrived: once-only and
 * move-after-commit hold as for the scheduled poll, and a second thread makes sure one read
 * follows every arrival without two reads of the mailbox at once. A lost connection is opened
 * again after a pause that doubles up to five minutes; a server without IDLE ends the watch, and
 * the schedule alone reads that mailbox.
 */
final class MailboxWatch {

	private static final Logger log = LoggerFactory.getLogger(MailboxWatch.class);
	private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
	private static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

	private final Mailbox mailbox;
	private final MailboxConnector connector;
	private final MailboxPoller poller;
	private final MailIntakeSettings settings;
	/** A permit for each arrival not yet read; a read takes them all. */
	private final Semaphore arrivals = new Semaphore(0);
	private final CountDownLatch stopping = new CountDownLatch(1);
	private final Thread watcher;
	private final Thread reader;
	private volatile Store store;
	private volatile boolean finished;

	private MailboxWatch(Mailbox mailbox, MailboxConnector connector, MailboxPoller poller, MailIntakeSettings settings) {
		this.mailbox = mailbox;
		this.connector = connector;
		this.poller = poller;
		this.settings = settings;
		this.watcher = daemon(this::watch, "mailbox-idle-" + mailbox.name());
		this.reader = daemon(this::readOnArrival, "mailbox-read-" + mailbox.name());
	}

	static MailboxWatch start(Mailbox mailbox, MailboxConnector connector, MailboxPoller poller,
			MailIntakeSettings settings) {
		MailboxWatch watch = new MailboxWatch(mailbox, connector, poller, settings);
		watch.reader.start();
		watch.watcher.start();
		return watch;
	}

	Mailbox mailbox() {
		return mailbox;
	}

	/** Stopped, or the server has no IDLE. */
	boolean finished() {
		return finished;
	}

	/** Ends IDLE, closes the connection and waits briefly for both threads to end. */
	void stop() {
		finished = true;
		stopping.countDown();
		arrivals.release();
		Store open = store;
		if (open != null) {
			// Closing ends IDLE (the server is sent DONE); off this thread and waited for only briefly,
			// so a dead server cannot hold shutdown.
			Thread closer = daemon(() -> close(open), "mailbox-close-" + mailbox.name());
			closer.start();
			join(closer);
		}
		join(watcher);
		join(reader);
	}

	private void watch() {
		Duration pause = FIRST_PAUSE;
		while (!finished) {
			try (Store connected = connector.connect(mailbox.details(), settings.idleRefresh())) {
				store = connected;
				if (!((IMAPStore) connected).hasCapability("IDLE")) {
					log.info("The server of mailbox {} has no IMAP IDLE: it is read on the schedule only", mailbox.name());
					finished = true;
					arrivals.release();
					return;
				}
				IMAPFolder folder = (IMAPFolder) connected.getFolder(mailbox.details().folder());
				folder.open(Folder.READ_ONLY);
				folder.addMessageCountListener(new MessageCountAdapter() {

					@Override
					public void messagesAdded(MessageCountEvent e) {
						arrivals.release();
					}
				});
				// What came while nobody was watching.
				arrivals.release();
				pause = FIRST_PAUSE;
				while (!finished && folder.isOpen()) {
					folder.idle(true);
				}
			}
			catch (MessagingException | RuntimeException e) {
				if (!finished) {
					log.warn("Watching mailbox {} stopped ({}); trying again in {}", mailbox.name(), e.toString(), pause);
				}
			}
			finally {
				store = null;
			}
			if (awaitStop(pause)) {
				return;
			}
			pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
		}
	}

	private void readOnArrival() {
		try {
			while (!finished) {
				arrivals.acquire();
				arrivals.drainPermits();
				if (!finished) {
					poller.pollWhenFree(mailbox);
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean awaitStop(Duration pause) {
		try {
			return stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return true;
		}
	}

	private static void close(Store store) {
		try {
			store.close();
		}
		catch (MessagingException | RuntimeException e) {
			log.debug("Closing a watched mailbox: {}", e.toString());
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join(5_000);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}
}
