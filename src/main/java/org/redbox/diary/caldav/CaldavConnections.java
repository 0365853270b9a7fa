package org.redbox.diary.caldav;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The diaries' CalDAV connections, by diary. */
interface CaldavConnections extends JpaRepository<CaldavConnection, UUID> {
}
