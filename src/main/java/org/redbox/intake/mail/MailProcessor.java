package org.redbox.intake.mail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;

import org.redbox.intake.acknowledgement.AcknowledgementSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * One message from the server to a committed case, or to the quarantine record with the reason.
 * Reading is bounded in size and time; a failure of the database is not the message's fault and
 * is thrown, so the poller stops and tries again later, never quarantining good mail.
 */
@Component
class MailProcessor {

	private static final Logger log = LoggerFactory.getLogger(MailProcessor.class);

	private final MailIntakeSettings settings;
	private final MailParser parser;
	private final MailIntake intake;
	private final MailQuarantine quarantine;
	private final String acknowledgementSender;
	private final ExecutorService readers = Executors.newCachedThreadPool(r -> {
		Thread thread = new Thread(r, "mail-reader");
		thread.setDaemon(true);
		return thread;
	});

	MailProcessor(MailIntakeSettings settings, MailIntake intake, MailQuarantine quarantine,
			AcknowledgementSettings acknowledgements) {
		this.settings = settings;
		this.parser = new MailParser(settings);
		this.intake = intake;
		this.quarantine = quarantine;
		this.acknowledgementSender = acknowledgements.from().strip().toLowerCase(Locale.ROOT);
	}

	/** What became of a message: taken into a case (now or before), or quarantined. */
	sealed interface Outcome {
		record Taken(MailIntake.Taken taken, String key) implements Outcome {
		}

		record Quarantined(QuarantinedMail entry, String key) implements Outcome {
		}

		/** Read and safe, not yet taken. */
		record Read(IncomingMail mail, byte[] raw) implements Outcome {
		}

		/** Left where it is, to be tried again at the next poll. */
		record Deferred(String key) implements Outcome {
		}
	}

	/** Reads one message and takes it into a case in a transaction of its own. */
	Outcome handle(Mailbox mailbox, Message message) throws MessagingException {
		Outcome read = read(mailbox, message);
		return read instanceof Outcome.Read r ? take(mailbox, r.mail(), r.raw()) : read;
	}

	/** Reads a message within the limits: {@link Outcome.Read}, or {@link Outcome.Quarantined} with the reason. */
	Outcome read(Mailbox mailbox, Message message) throws MessagingException {
		long max = settings.maxMessageSize().toBytes();
		if (message.getSize() > max) {
			String key = MailKeys.fromHeaders(message);
			return quarantined(mailbox, key == null ? MailKeys.ofOversized(message) : key,
					new UnprocessableMail("The message is larger than " + settings.maxMessageSize().toMegabytes() + " MB"),
					MailKeys.summary(message));
		}
		byte[] raw = MailKeys.raw(message, max);
		String key = MailKeys.of(raw);
		if (raw.length > max) {
			return quarantined(mailbox, key, new UnprocessableMail("The message is larger than "
					+ settings.maxMessageSize().toMegabytes() + " MB"), MailParser.summarise(raw));
		}
		try {
			return new Outcome.Read(parseWithinTimeLimit(raw, ownAddresses(mailbox)), raw);
		}
		catch (UnprocessableMail e) {
			return quarantined(mailbox, key, e, MailParser.summarise(raw));
		}
	}

	/**
	 * Takes messages that were read into cases in one transaction — one commit for many cases is
	 * what makes intake fast. If Redbox refuses one of them, none is kept, and each is taken again
	 * in a transaction of its own, so only that one is quarantined.
	 */
	List<Outcome> takeAll(Mailbox mailbox, List<Outcome.Read> read) {
		if (read.isEmpty()) {
			return List.of();
		}
		try {
			List<MailIntake.Taken> taken = intake.takeAll(mailbox, read.stream().map(Outcome.Read::mail).toList());
			List<Outcome> outcomes = new ArrayList<>();
			for (int i = 0; i < read.size(); i++) {
				outcomes.add(new Outcome.Taken(taken.get(i), read.get(i).mail().key()));
			}
			return outcomes;
		}
		catch (IllegalArgumentException | DataIntegrityViolationException e) {
			return read.stream().map(r -> take(mailbox, r.mail(), r.raw())).toList();
		}
	}

	private Outcome take(Mailbox mailbox, IncomingMail mail, byte[] raw) {
		try {
			return new Outcome.Taken(intake.take(mailbox, mail), mail.key());
		}
		catch (IllegalArgumentException e) {
			return quarantined(mailbox, mail.key(), new UnprocessableMail("Redbox refused it: " + e.getMessage()),
					MailParser.summarise(raw));
		}
		catch (DataIntegrityViolationException e) {
			// Another poller took it at the same moment (then it is recorded), or the data does not fit.
			log.info("Message {} in mailbox {} was not taken: {}", mail.key(), mailbox.name(), e.getMessage());
			return new Outcome.Deferred(mail.key());
		}
	}

	private Outcome quarantined(Mailbox mailbox, String key, UnprocessableMail why, MailParser.Summary summary) {
		log.warn("Quarantining message {} of mailbox {}: {}", key, mailbox.name(), why.getMessage());
		return new Outcome.Quarantined(quarantine.record(mailbox, key, why, summary), key);
	}

	private IncomingMail parseWithinTimeLimit(byte[] raw, Set<String> own) throws UnprocessableMail {
		Future<IncomingMail> reading = readers.submit(() -> parser.parse(raw, own));
		try {
			return reading.get(settings.processingTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException e) {
			reading.cancel(true);
			throw new UnprocessableMail("Reading the message took longer than " + settings.processingTimeout().toSeconds()
					+ " seconds");
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof UnprocessableMail unprocessable) {
				throw unprocessable;
			}
			throw new UnprocessableMail("The message cannot be read (" + e.getCause() + ")", e.getCause());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading a message", e);
		}
	}

	private Set<String> ownAddresses(Mailbox mailbox) {
		Set<String> own = new HashSet<>();
		own.add(acknowledgementSender);
		String user = mailbox.details().username().toLowerCase(Locale.ROOT);
		if (user.contains("@")) {
			own.add(user);
		}
		return own;
	}

	@PreDestroy
	void stop() {
		readers.shutdownNow();
	}
}
