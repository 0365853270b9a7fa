package org.redbox.diary.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.redbox.diary.DiaryEntry;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Diary entries of every diary. */
public interface DiaryEntries extends JpaRepository<DiaryEntry, UUID> {

	/**
	 * The live entries of a diary that reach into the window from {@code from} to {@code to}: single entries there,
	 * and series with an occurrence (or a moved occurrence) there or around it. Read through the
	 * (diary, range end, range start) index, so a view of one week reads one week's entries.
	 */
	@Query("""
			select e from DiaryEntry e where e.diaryId = :diary and e.rangeEnd > :from and e.rangeStart < :to
			and e.cancelled = false
			""")
	List<DiaryEntry> findReaching(@Param("diary") UUID diary, @Param("from") Instant from, @Param("to") Instant to);

	boolean existsByDiaryId(UUID diaryId);
}
