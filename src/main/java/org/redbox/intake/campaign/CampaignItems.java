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

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update CampaignItem i set i.campaignId = :to where i.campaignId = :from")
	int move(@Param("from") UUID from, @Param("to") UUID to);
}
