package org.redbox.intake.acknowledgement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AcknowledgementRepository extends JpaRepository<Acknowledgement, UUID> {

	boolean existsByCaseIdAndAddress(UUID caseId, String address);

	List<Acknowledgement> findByCaseId(UUID caseId);

	@Query("select a from Acknowledgement a where a.sentAt is null and a.requestedAt >= :since order by a.requestedAt")
	List<Acknowledgement> unsentSince(@Param("since") Instant since, Pageable page);
}
