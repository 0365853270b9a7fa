package org.redbox.intake.mail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * One {@link MailboxWatch} for each enabled mailbox, while IMAP IDLE is switched on
 * ({@code redbox.intake.mail.idle}): started with the application, matched every
 * {@code idle-check} to the mailboxes as they are set up, switched on and off or changed, and
 * stopped before the application closes. A server without IDLE is still read on the schedule.
 */
@Component
public class MailboxWatchers implements SmartLifecycle {

	private final Mailboxes mailboxes;
	private final MailboxConnector connector;
	private final MailboxPoller poller;
	private final MailIntakeSettings settings;
	private final Map<UUID, MailboxWatch> watching = new ConcurrentHashMap<>();
	private volatile boolean running;

	MailboxWatchers(Mailboxes mailboxes, MailboxConnector connector, MailboxPoller poller, MailIntakeSettings settings) {
		this.mailboxes = mailboxes;
		this.connector = connector;
		this.poller = poller;
		this.settings = settings;
	}

	@Override
	public void start() {
		running = true;
		if (settings.idle()) {
			reconcile();
		}
	}

	@Override
	public void stop() {
		running = false;
		watching.keySet().forEach(this::unwatch);
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Scheduled(initialDelayString = "${redbox.intake.mail.idle-check:PT30S}",
			fixedDelayString = "${redbox.intake.mail.idle-check:PT30S}")
	void scheduledReconcile() {
		if (running && settings.idle()) {
			reconcile();
		}
	}

	/**
	 * Watches each enabled mailbox as it is now; stops watching the others, and those changed since.
	 * A mailbox whose server has no IDLE keeps its finished watch, so it is not asked again each time.
	 */
	void reconcile() {
		List<Mailbox> enabled = mailboxes.enabled();
		Set<UUID> wanted = enabled.stream().map(Mailbox::id).collect(Collectors.toSet());
		watching.forEach((id, watch) -> {
			if (!wanted.contains(id)) {
				unwatch(id);
			}
		});
		for (Mailbox mailbox : enabled) {
			MailboxWatch current = watching.get(mailbox.id());
			if (current != null && !current.mailbox().details().equals(mailbox.details())) {
				unwatch(mailbox.id());
			}
			watch(mailbox);
		}
	}

	/** Starts watching the mailbox, unless it is watched already. */
	void watch(Mailbox mailbox) {
		watching.computeIfAbsent(mailbox.id(), id -> MailboxWatch.start(mailbox, connector, poller, settings));
	}

	void unwatch(UUID mailbox) {
		MailboxWatch watch = watching.remove(mailbox);
		if (watch != null) {
			watch.stop();
		}
	}

	/** The mailboxes being watched now, with a connection in IDLE or reconnecting. */
	Set<UUID> watched() {
		return watching.entrySet().stream().filter(e -> !e.getValue().finished()).map(Map.Entry::getKey)
				.collect(Collectors.toSet());
	}
}
