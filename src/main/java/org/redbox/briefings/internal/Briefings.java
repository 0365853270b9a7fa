package org.redbox.briefings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.redbox.briefings.Briefing;
import org.redbox.briefings.BriefingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Briefings of every office. */
public interface Briefings extends JpaRepository<Briefing, UUID> {

	List<Briefing> findByEntryIdInOrderByEventStart(Collection<UUID> entries);

	/** Briefings of the offices or asked of the teams: all not yet cleared, and those cleared since {@code since}; by due day. */
	@Query("""
			select b from Briefing b where (b.officeId in :offices or b.teamId in :teams)
			and (b.status <> :cleared or b.clearedAt > :since) order by b.dueOn, b.eventStart
			""")
	List<Briefing> findWorkOf(@Param("offices") Collection<UUID> offices, @Param("teams") Collection<UUID> teams,
			@Param("cleared") BriefingStatus cleared, @Param("since") Instant since);

	/** Briefings not yet cleared that are due on or before {@code until}, for reminders. */
	@Query("select b from Briefing b where b.status <> :cleared and b.dueOn <= :until order by b.dueOn")
	List<Briefing> findUnclearedDueBy(@Param("cleared") BriefingStatus cleared, @Param("until") LocalDate until);
}
