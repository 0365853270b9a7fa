package org.redbox.intake.campaign;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Incoming items as grouping knows them. */
interface CampaignItems extends JpaRepository<CampaignItem, UUID> {

	Page<CampaignItem> findByCampaignIdOrderByArrivedAtAscCaseIdAsc(UUID campaign, Pageable page);

	List<CampaignItem> findByCampaignIdOrderByArrivedAtAscCaseIdAsc(UUID campaign);

	long countByCampaignId(UUID campaign);

	/** The members the lead's reply goes to and has not yet gone to, oldest first. */
	@Query("""
			select i from CampaignItem i where i.campaignId = :campaign and i.flagged = false and i.caseId <> :lead
			and i.replySentAt is null order by i.arrivedAt, i.caseId""")
	List<CampaignItem> awaitingReply(@Param("campaign") UUID campaign, @Param("lead") UUID lead, Pageable page);

	/** How many members the lead's reply goes to, and how many of them it has gone to. */
	@Query("""
			select new org.redbox.intake.campaign.ReplyCounts(count(i),
			  sum(case when i.replySentAt is not null then 1L else 0L end))
			from CampaignItem i where i.campaignId = :campaign and i.flagged = false and i.caseId <> :lead""")
	ReplyCounts replyCounts(@Param("campaign") UUID campaign, @Param("lead") UUID lead);

	/** Members the reply could not be sent to, left for individual dispatch. */
	List<CampaignItem> findByCampaignIdAndReplyProblemIsNotNullOrderByArrivedAt(UUID campaign);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update CampaignItem i set i.campaignId = :to where i.campaignId = :from")
	int move(@Param("from") UUID from, @Param("to") UUID to);
}
