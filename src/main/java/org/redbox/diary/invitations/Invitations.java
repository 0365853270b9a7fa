package org.redbox.diary.invitations;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Invitations' details and decisions, by their case's id. */
public interface Invitations extends JpaRepository<Invitation, UUID> {

	List<Invitation> findByOfficeIdAndDecisionIsNull(UUID officeId);

	boolean existsByOfficeId(UUID officeId);
}
