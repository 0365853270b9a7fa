package org.redbox.intake.post;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostScans extends JpaRepository<PostScan, UUID> {
}
