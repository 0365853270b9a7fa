package org.redbox.intake.mail;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface QuarantineRepository extends JpaRepository<QuarantinedMail, UUID> {

	Optional<QuarantinedMail> findByMailboxIdAndMessageKey(UUID mailboxId, String messageKey);

	@Query("select q from QuarantinedMail q where q.officeId in :offices and q.resolvedAt is null order by q.quarantinedAt desc, q.id")
	List<QuarantinedMail> openIn(@Param("offices") Collection<UUID> offices, Pageable page);
}
