package org.redbox.intake.campaign;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Every office's campaigns; access is checked by the callers. */
interface Campaigns extends JpaRepository<Campaign, UUID> {

	/** The offices' campaigns with their counts, the most recently joined first. */
	@Query(value = """
			select new org.redbox.intake.campaign.CampaignSummary(c.id, c.officeId, c.name, count(i.caseId),
			  sum(case when i.flagged = true then 1L else 0L end), min(i.arrivedAt), max(i.arrivedAt))
			from Campaign c left join CampaignItem i on i.campaignId = c.id
			where c.officeId in :offices
			group by c.id, c.officeId, c.name, c.startedAt
			order by max(i.arrivedAt) desc, c.startedAt desc, c.id""",
			countQuery = "select count(c) from Campaign c where c.officeId in :offices")
	Page<CampaignSummary> summaries(@Param("offices") Collection<UUID> offices, Pageable page);

	@Query("""
			select new org.redbox.intake.campaign.CampaignSummary(c.id, c.officeId, c.name, count(i.caseId),
			  sum(case when i.flagged = true then 1L else 0L end), min(i.arrivedAt), max(i.arrivedAt))
			from Campaign c left join CampaignItem i on i.campaignId = c.id
			where c.id = :id group by c.id, c.officeId, c.name""")
	CampaignSummary summary(@Param("id") UUID id);

	List<Campaign> findByOfficeIdOrderByName(UUID office);

	/** Campaigns whose reply is being sent: asked for, not finished. */
	List<Campaign> findByReplyRequestedAtIsNotNullAndReplyFinishedAtIsNullOrderByReplyRequestedAt();
}
