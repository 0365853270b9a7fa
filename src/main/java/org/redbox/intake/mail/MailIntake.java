package org.redbox.intake.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.IncomingCorrespondence;
import org.redbox.correspondence.IncomingCorrespondence.Attachment;
import org.redbox.correspondence.IncomingCorrespondence.LoggedCase;
import org.redbox.correspondence.NewCase;
import org.redbox.intake.acknowledgement.Acknowledgements;
import org.redbox.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns one message into a case, or adds it to the case it answers, in one transaction with the
 * record that it was processed (and the acknowledgement owed): a message already recorded is
 * left alone, so a repeated fetch never makes a second case.
 */
@Component
class MailIntake {

	private final IncomingCorrespondence incoming;
	private final MailThreading threading;
	private final ContactManagement contacts;
	private final Acknowledgements acknowledgements;
	private final ProcessedMails processed;
	private final EntityManager entities;
	private final Clock clock;

	MailIntake(IncomingCorrespondence incoming, ContactManagement contacts, Acknowledgements acknowledgements,
			ProcessedMails processed, EntityManager entities, Clock clock) {
		this.incoming = incoming;
		this.threading = new MailThreading(incoming);
		this.contacts = contacts;
		this.acknowledgements = acknowledgements;
		this.processed = processed;
		this.entities = entities;
		this.clock = clock;
	}

	@Transactional
	public Taken take(Mailbox mailbox, IncomingMail mail) {
		return takeAll(mailbox, List.of(mail)).get(0);
	}

	private Taken takeNew(Mailbox mailbox, IncomingMail mail) {
		Actor by = Actor.anonymous("Mailbox " + mailbox.name());
		Optional<LoggedCase> thread = threading.caseFor(mailbox.office(), mail);
		LoggedCase logged;
		if (thread.isPresent()) {
			logged = thread.get();
			incoming.addToCase(logged.id(), by, Channel.EMAIL, mail.subject(), mail.text(), attachments(mail));
		}
		else {
			var writer = contacts.findOrRegister(by, mailbox.office(),
					ContactDetails.resident(mail.senderName(), mail.senderAddress()));
			logged = incoming.log(by, new NewCase(mailbox.office(), CaseType.GENERAL, Channel.EMAIL, LocalDate.now(clock),
					mail.subject(), mail.text(), List.of(writer.id()), Set.of(), null, false, null), attachments(mail));
			acknowledgements.request(logged, mail.senderAddress(), mail.senderName(), mail.headers(), mail.messageId());
		}
		processed.record(mailbox, mail.key(), logged.id().value(), thread.isPresent());
		return new Taken(logged.id().value(), logged.reference(), thread.isPresent(), false);
	}

	/**
	 * Takes each message in turn, all in one transaction; which were taken before is asked once
	 * for them all, and a copy later in the same list is found taken too. Each message's changes are
	 * written (not committed) and let go of before the next: otherwise every query a message makes
	 * (is the writer known? acknowledged already?) checks every case of the chunk so far for changes,
	 * which was a quarter of the poller's time at 50 messages a chunk. The search index documents are
	 * built as each is written, and reach the index on commit.
	 */
	@Transactional
	public List<Taken> takeAll(Mailbox mailbox, List<IncomingMail> mails) {
		Map<String, ProcessedMail> done = processed.find(mailbox, mails.stream().map(IncomingMail::key).toList());
		Map<String, Taken> now = new HashMap<>();
		List<Taken> taken = new ArrayList<>();
		for (IncomingMail mail : mails) {
			ProcessedMail before = done.get(mail.key());
			Taken earlier = now.get(mail.key());
			if (before != null || earlier != null) {
				taken.add(before != null ? new Taken(before.caseId(), null, before.threaded(), true)
						: new Taken(earlier.caseId(), null, earlier.threaded(), true));
			}
			else {
				Taken t = takeNew(mailbox, mail);
				now.put(mail.key(), t);
				taken.add(t);
				entities.flush();
				entities.clear();
			}
		}
		return taken;
	}

	/** The attachments, and the sanitised HTML as a document of its own when the message had HTML. */
	private static List<Attachment> attachments(IncomingMail mail) {
		List<Attachment> all = new ArrayList<>(mail.attachments());
		if (mail.html() != null && !mail.html().isBlank()) {
			all.add(new Attachment("message.html", "text/html; charset=UTF-8", mail.html().getBytes(StandardCharsets.UTF_8)));
		}
		return all;
	}

	/**
	 * @param reference the case's reference, {@code null} when the message had been taken before
	 * @param already the message had been taken before (a repeated fetch)
	 */
	record Taken(java.util.UUID caseId, String reference, boolean threaded, boolean already) {
	}
}
