package org.redbox.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.redbox.notifications.Notice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NoticeRepository extends JpaRepository<Notice, UUID> {

	@Query("select n from Notice n where n.recipient = :recipient order by n.createdAt desc")
	List<Notice> latestFor(@Param("recipient") UUID recipient, Pageable page);

	@Query("select count(n) from Notice n where n.recipient = :recipient and n.readAt is null")
	long countUnread(@Param("recipient") UUID recipient);

	boolean existsByDedupeKey(String dedupeKey);

	/** Notices not yet emailed, oldest first (the mail outbox). */
	@Query("select n from Notice n where n.emailedAt is null and n.createdAt > :since order by n.createdAt")
	List<Notice> unsentSince(@Param("since") Instant since, Pageable page);

	@Modifying
	@Query("update Notice n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
	int markAllRead(@Param("recipient") UUID recipient, @Param("now") Instant now);
}
