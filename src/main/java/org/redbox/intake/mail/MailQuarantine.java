package org.redbox.intake.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.redbox.shared.OfficeId;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of messages that could not become cases. It is written before the message is moved
 * to the quarantine folder, so a crash in between only means the message is tried, and recorded,
 * again. Callers check that the member of staff works in the office.
 */
@Service
public class MailQuarantine {

	private final QuarantineRepository quarantine;
	private final EntityManager entities;
	private final Clock clock;

	MailQuarantine(QuarantineRepository quarantine, EntityManager entities, Clock clock) {
		this.quarantine = quarantine;
		this.entities = entities;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	QuarantinedMail record(Mailbox mailbox, String key, UnprocessableMail why, MailParser.Summary summary) {
		Optional<QuarantinedMail> known = quarantine.findByMailboxIdAndMessageKey(mailbox.id(), key);
		QuarantinedMail entry = known.orElseGet(() -> new QuarantinedMail(mailbox, key, clock.instant()));
		entry.failed(why, summary.subject(), summary.sender(), summary.sentAt(), clock.instant());
		if (known.isEmpty()) {
			entities.persist(entry);
		}
		return entry;
	}

	/** Marks a quarantined message dealt with (if it was recorded): retried into a case, or logged by hand. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void resolve(Mailbox mailbox, String key, String how) {
		quarantine.findByMailboxIdAndMessageKey(mailbox.id(), key).filter(QuarantinedMail::isOpen)
				.ifPresent(q -> q.resolve(how, clock.instant()));
	}

	@Transactional
	public void resolve(UUID id, String how) {
		quarantine.findById(id).filter(QuarantinedMail::isOpen).ifPresent(q -> q.resolve(how, clock.instant()));
	}

	/** The offices' messages waiting in quarantine, newest first. */
	@Transactional(readOnly = true)
	public List<QuarantinedMail> open(Collection<OfficeId> offices, int limit) {
		if (offices.isEmpty()) {
			return List.of();
		}
		return quarantine.openIn(offices.stream().map(OfficeId::value).toList(), PageRequest.of(0, limit));
	}

	@Transactional(readOnly = true)
	public Optional<QuarantinedMail> find(UUID id) {
		return quarantine.findById(id);
	}
}
