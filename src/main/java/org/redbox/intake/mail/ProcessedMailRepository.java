package org.redbox.intake.mail;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessedMailRepository extends JpaRepository<ProcessedMail, UUID> {

	List<ProcessedMail> findByMailboxIdAndMessageKeyIn(UUID mailboxId, Collection<String> messageKeys);
}
