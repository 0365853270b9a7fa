package org.redbox.intake.mail;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailboxRepository extends JpaRepository<Mailbox, UUID> {

	List<Mailbox> findByEnabledTrue();

	List<Mailbox> findByOfficeIdOrderByName(UUID officeId);
}
