package org.redbox.correspondence.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.Stage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every office's cases. Access is checked by the callers, on the office and the marking. */
public interface CaseFiles extends JpaRepository<CaseFile, UUID>, JpaSpecificationExecutor<CaseFile> {

	Optional<CaseFile> findByReference(String reference);

	/** An office's cases of one type at these stages (the open invitations, for the diary meeting). */
	List<CaseFile> findByOfficeIdAndTypeAndStageIn(UUID officeId, org.redbox.correspondence.CaseType type, Collection<Stage> stages);

	/** Cases waiting for allocation in an office, for "take next". */
	@Query("select c from CaseFile c where c.officeId = :office and c.stage = :stage order by c.priorityScore desc, c.deadline asc")
	List<CaseFile> waiting(@Param("office") UUID office, @Param("stage") Stage stage, Pageable page);

	@Query("select count(c) from CaseFile c where c.officeId in :offices and c.stage in :open and c.deadline < :today")
	long countOverdue(@Param("offices") Collection<UUID> offices, @Param("today") LocalDate today, @Param("open") Collection<Stage> open);

	@Query("select c from CaseFile c join c.correspondents contact where contact = :contact order by c.receivedOn desc")
	List<CaseFile> withCorrespondent(@Param("contact") UUID contact);

	/** The office and deadline of each open case allocated to an officer. */
	@Query("select c.officeId, c.deadline from CaseFile c where c.officerId = :officer and c.stage in :open")
	List<Object[]> openDeadlinesOf(@Param("officer") UUID officer, @Param("open") Collection<Stage> open);

	@Query("select count(c) from CaseFile c where c.officeId in :offices and c.stage = :stage")
	long countAtStage(@Param("offices") Collection<UUID> offices, @Param("stage") Stage stage);

	/** Id, reference, officer and deadline of the office's open allocated cases due by {@code until}. */
	@Query("""
			select c.id, c.reference, c.officerId, c.deadline from CaseFile c
			where c.officeId = :office and c.stage in :open and c.officerId is not null and c.deadline <= :until""")
	List<Object[]> allocatedDueBy(@Param("office") UUID office, @Param("until") LocalDate until, @Param("open") Collection<Stage> open);

	@Query("select c from CaseFile c join c.contributions r where r.id = :request")
	Optional<CaseFile> withContribution(@Param("request") UUID request);

	/** Cases with a contribution request to one of {@code teams}, open requests first. */
	@Query("""
			select distinct c from CaseFile c join c.contributions r
			where r.teamId in :teams and (r.answeredAt is null and r.cancelledAt is null or r.answeredAt > :since)""")
	List<CaseFile> askingTeams(@Param("teams") Collection<UUID> teams, @Param("since") java.time.Instant since);

	/** Id of each case with an open contribution request whose reminder date has come. */
	@Query("""
			select distinct c from CaseFile c join c.contributions r
			where r.answeredAt is null and r.cancelledAt is null and r.remindOn <= :today and c.stage in :open""")
	List<CaseFile> withContributionsToRemind(@Param("today") LocalDate today, @Param("open") Collection<Stage> open);
}
