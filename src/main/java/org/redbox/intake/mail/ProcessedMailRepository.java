package org.redbox.intake.mail;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessedMailRepository extends JpaRepository<ProcessedMail, UUID> {

	Optional<ProcessedMail> findByMailboxIdAndMessageKey(UUID mailboxId, String messageKey);

	List<ProcessedMail> findByMailboxId(UUID mailboxId);

	long countByMailboxId(UUID mailboxId);
}
