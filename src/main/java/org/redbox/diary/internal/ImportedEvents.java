package org.redbox.diary.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The events imported into each diary from .ics files, by UID. */
interface ImportedEvents extends JpaRepository<ImportedEvent, ImportedEvent.Key> {
}
