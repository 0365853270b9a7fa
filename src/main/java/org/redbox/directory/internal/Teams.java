package org.redbox.directory.internal;

import java.util.List;
import java.util.UUID;

import org.redbox.directory.Team;
import org.springframework.data.jpa.repository.JpaRepository;

/** Teams of every office. */
public interface Teams extends JpaRepository<Team, UUID> {

	List<Team> findByOfficeIdOrderByName(UUID officeId);

	boolean existsByOfficeIdAndNameIgnoreCase(UUID officeId, String name);
}
