package org.redbox.correspondence.internal;

import java.util.List;
import java.util.UUID;

import org.redbox.correspondence.StandardLine;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every office's standard lines. */
public interface StandardLines extends JpaRepository<StandardLine, UUID> {

	List<StandardLine> findByOfficeIdOrderByTopicAscTitleAsc(UUID officeId);
}
