package org.redbox.directory.internal;

import java.util.List;
import java.util.UUID;

import org.redbox.directory.PrincipalPost;
import org.springframework.data.jpa.repository.JpaRepository;

/** Principals' posts of every office. */
public interface PrincipalPosts extends JpaRepository<PrincipalPost, UUID> {

	List<PrincipalPost> findByOfficeIdOrderByTitle(UUID officeId);
}
