package org.redbox.intake.mail;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/** The record of messages taken, read and written in the caller's transaction. */
@Component
class ProcessedMails {

	private final ProcessedMailRepository repository;
	private final EntityManager entities;
	private final Clock clock;

	ProcessedMails(ProcessedMailRepository repository, EntityManager entities, Clock clock) {
		this.repository = repository;
		this.entities = entities;
		this.clock = clock;
	}

	/** The messages among {@code keys} already taken, by key: one query for a whole chunk. */
	Map<String, ProcessedMail> find(Mailbox mailbox, Collection<String> keys) {
		return repository.findByMailboxIdAndMessageKeyIn(mailbox.id(), keys).stream()
				.collect(Collectors.toMap(ProcessedMail::messageKey, p -> p, (a, b) -> a));
	}

	/** Persisted, not merged: the id is assigned, and a merge would first look for it. */
	void record(Mailbox mailbox, String key, UUID caseId, boolean threaded) {
		entities.persist(new ProcessedMail(mailbox.id(), key, caseId, threaded, clock.instant()));
	}
}
