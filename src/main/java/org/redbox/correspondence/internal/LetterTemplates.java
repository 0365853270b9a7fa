package org.redbox.correspondence.internal;

import java.util.List;
import java.util.UUID;

import org.redbox.correspondence.LetterTemplate;
import org.springframework.data.jpa.repository.JpaRepository;

/** Every office's letter templates. */
public interface LetterTemplates extends JpaRepository<LetterTemplate, UUID> {

	List<LetterTemplate> findByOfficeIdOrderByName(UUID officeId);
}
