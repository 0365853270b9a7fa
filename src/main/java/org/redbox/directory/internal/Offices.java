package org.redbox.directory.internal;

import java.util.UUID;

import org.redbox.directory.Office;
import org.springframework.data.jpa.repository.JpaRepository;

/** The authority's offices. */
public interface Offices extends JpaRepository<Office, UUID> {

	boolean existsByCodeIgnoreCase(String code);

	java.util.Optional<Office> findByCodeIgnoreCase(String code);

	boolean existsByNameIgnoreCase(String name);
}
