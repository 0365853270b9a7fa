package org.redbox.diary.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.redbox.diary.DiaryEntry;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

/** Diary entries of every diary. */
public interface DiaryEntries extends JpaRepository<DiaryEntry, UUID> {

	/** The live entries of a diary reaching a window, as the (diary, long span, range start, range end) index reads them. */
	String REACHING = """
			where e.diaryId = :diary and e.rangeStart < :to and e.rangeEnd > :from
			and (e.longSpan = true or (e.longSpan = false and e.rangeStart >= :shortStartsAfter)) and e.cancelled = false
			""";

	/**
	 * The live entries of a diary that reach into the window from {@code from} to {@code to}: single entries there,
	 * and series with an occurrence (or a moved occurrence) there or around it. Read in two narrow ranges of the
	 * (diary, long span, range start, range end) index, so a view of one week reads one week's entries and the
	 * few entries spanning more than {@link DiaryEntry#SHORT_SPAN}.
	 */
	default List<DiaryEntry> findReaching(UUID diary, Instant from, Instant to) {
		return findReaching(diary, from, to, from.minus(DiaryEntry.SHORT_SPAN));
	}

	/** As {@link #findReaching(UUID, Instant, Instant)}, with the earliest start an entry of a short span can have. */
	@Query("select e from DiaryEntry e " + REACHING)
	List<DiaryEntry> findReaching(@Param("diary") UUID diary, @Param("from") Instant from, @Param("to") Instant to,
			@Param("shortStartsAfter") Instant shortStartsAfter);

	/**
	 * As {@link #findReaching(UUID, Instant, Instant, Instant)}, for a clash check: the entries' attendees and
	 * cases are left unread (a fetch graph of none of the collections makes them lazy), and their single-occurrence
	 * changes are read, for all the entries at once, only if a series among them asks for them. The entries are read
	 * only (no snapshot kept, never dirty-checked when the save they are read for is flushed); an entry the
	 * transaction already holds, such as one being revised, stays as it is.
	 */
	@EntityGraph(type = EntityGraph.EntityGraphType.FETCH, attributePaths = {})
	@QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
	@Query("select e from DiaryEntry e " + REACHING)
	List<DiaryEntry> findTimesReaching(@Param("diary") UUID diary, @Param("from") Instant from, @Param("to") Instant to,
			@Param("shortStartsAfter") Instant shortStartsAfter);

	/** The spans of the entries {@link #findTimesReaching} would read, without reading the entries. */
	@Query("select new org.redbox.diary.internal.EntrySpan(e.id, e.rangeStart, e.rangeEnd) from DiaryEntry e " + REACHING)
	List<EntrySpan> findSpansReaching(@Param("diary") UUID diary, @Param("from") Instant from, @Param("to") Instant to,
			@Param("shortStartsAfter") Instant shortStartsAfter);

	/** As {@link #findTimesReaching}, the entries named. */
	@EntityGraph(type = EntityGraph.EntityGraphType.FETCH, attributePaths = {})
	@QueryHints(@QueryHint(name = HibernateHints.HINT_READ_ONLY, value = "true"))
	@Query("select e from DiaryEntry e where e.id in :ids")
	List<DiaryEntry> findTimesOf(@Param("ids") Collection<UUID> ids);

	boolean existsByDiaryId(UUID diaryId);
}
