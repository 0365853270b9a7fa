package org.redbox.directory.internal;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Authorities extends JpaRepository<Authority, UUID> {
}
