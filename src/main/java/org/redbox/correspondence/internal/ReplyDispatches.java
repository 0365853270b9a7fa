package org.redbox.correspondence.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The email dispatch attempts of every case. */
interface ReplyDispatches extends JpaRepository<ReplyDispatch, UUID> {

	List<ReplyDispatch> findByCaseId(UUID caseId);

	java.util.Optional<ReplyDispatch> findByMessageId(String messageId);
}
