package org.redbox.documents.internal;

import java.util.List;
import java.util.UUID;

import org.redbox.documents.StoredDocument;
import org.springframework.data.jpa.repository.JpaRepository;

/** The records of stored documents. */
public interface StoredDocuments extends JpaRepository<StoredDocument, UUID> {

	List<StoredDocument> findByOwnerTypeAndOwnerIdOrderByCreatedAtDescFilenameAsc(String ownerType, String ownerId);
}
