package org.redbox.intake.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.redbox.correspondence.CampaignCases;
import org.redbox.correspondence.CampaignCases.MemberCase;
import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFileId;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.CsvRow;
import org.redbox.shared.OfficeId;
import org.redbox.shared.ReadAuditor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do with campaigns. Those who may see an office's cases see its campaigns (a member
 * case they may not see is listed by reference only); its correspondence managers name them,
 * choose the lead case, split members out and merge campaigns. Another office's campaign does
 * not exist for them.
 */
@Service
@Transactional
public class CampaignManagement {

	static final int CAMPAIGNS_PER_PAGE = 25;
	static final int MEMBERS_PER_PAGE = 50;

	private final Campaigns campaigns;
	private final CampaignItems items;
	private final CampaignCases cases;
	private final StoredCampaignIndex index;
	private final Services services;

	CampaignManagement(Campaigns campaigns, CampaignItems items, CampaignCases cases, StoredCampaignIndex index,
			Services services) {
		this.campaigns = campaigns;
		this.items = items;
		this.cases = cases;
		this.index = index;
		this.services = services;
	}

	/** Collaborators every action needs only a little of, kept together so the constructor stays small. */
	@org.springframework.stereotype.Component
	record Services(Clock clock, ReadAuditor reads) {
	}

	@Transactional(readOnly = true)
	public Page<CampaignSummary> campaignsFor(SignedInStaff staff, int page) {
		List<UUID> offices = visibleOffices(staff);
		if (offices.isEmpty()) {
			return Page.empty();
		}
		return campaigns.summaries(offices, PageRequest.of(Math.max(page, 0), CAMPAIGNS_PER_PAGE));
	}

	/** Every campaign the person may see, as CSV, for a spreadsheet. */
	@Transactional(readOnly = true)
	public String csvFor(SignedInStaff staff) {
		List<UUID> offices = visibleOffices(staff);
		StringBuilder csv = new StringBuilder(CsvRow.of("Campaign", "Members", "Flagged for individual casework",
				"First arrival", "Last arrival"));
		if (!offices.isEmpty()) {
			campaigns.summaries(offices, PageRequest.of(0, 10_000)).forEach(c -> csv.append(
					CsvRow.of(c.name(), c.members(), c.flagged(), c.firstArrival(), c.lastArrival())));
		}
		return csv.toString();
	}

	/** The campaign and one page of its members, in order of arrival. */
	@Transactional(readOnly = true)
	public CampaignPage campaign(SignedInStaff staff, UUID id, int page) {
		Campaign campaign = visible(staff, id);
		var members = items.findByCampaignIdOrderByArrivedAtAscCaseIdAsc(id, PageRequest.of(Math.max(page, 0), MEMBERS_PER_PAGE));
		List<CaseFileId> ids = members.map(m -> new CaseFileId(m.caseId())).toList();
		Map<CaseFileId, MemberCase> byId = cases.members(staff, ids).stream()
				.collect(Collectors.toMap(MemberCase::id, Function.identity()));
		var rows = members.map(m -> new MemberRow(m, byId.get(new CaseFileId(m.caseId())),
				m.caseId().equals(campaign.leadCaseId())));
		services.reads().recordRead(staff.actor(), campaign.office(), "Campaign", id.toString(),
				"viewed the campaign's members (page " + (rows.getNumber() + 1) + ")");
		boolean manager = CaseAccessPolicy.isManager(staff, campaign.office());
		List<Campaign> others = manager ? campaigns.findByOfficeIdOrderByName(campaign.office().value()).stream()
				.filter(c -> !c.id().equals(id)).toList() : List.of();
		String lead = campaign.leadCaseId() == null ? null
				: cases.members(staff, List.of(new CaseFileId(campaign.leadCaseId()))).stream().findFirst()
						.map(MemberCase::reference).orElse(null);
		return new CampaignPage(campaign, campaigns.summary(id), new PageImpl<>(rows.getContent(), rows.getPageable(),
				rows.getTotalElements()), manager, others, lead, progress(campaign));
	}

	public void rename(SignedInStaff staff, UUID id, String name) {
		Campaign campaign = managed(staff, id);
		campaign.rename(name, staff.actor(), services.clock().instant());
		campaigns.save(campaign);
	}

	public void chooseLead(SignedInStaff staff, UUID id, UUID caseId) {
		Campaign campaign = managed(staff, id);
		campaign.lead(member(caseId), referenceOf(staff, caseId), staff.actor(), services.clock().instant());
		campaigns.save(campaign);
	}

	/** Takes the case out of the campaign for individual casework; it is never grouped again. */
	public void splitOut(SignedInStaff staff, UUID id, UUID caseId) {
		Campaign campaign = managed(staff, id);
		CampaignItem member = member(caseId);
		campaign.splitOut(member, referenceOf(staff, caseId), staff.actor(), services.clock().instant());
		items.save(member);
		campaigns.save(campaign);
	}

	/** Moves every member of {@code otherId} into the campaign and deletes the other. */
	public void merge(SignedInStaff staff, UUID id, UUID otherId) {
		Campaign campaign = managed(staff, id);
		if (otherId == null) {
			throw new IllegalArgumentException("Choose the campaign to merge with this one");
		}
		Campaign other = campaigns.findById(otherId).filter(c -> c.office().equals(campaign.office()))
				.orElseThrow(() -> new IllegalArgumentException("Choose another campaign of the same office"));
		campaign.absorb(other, items.countByCampaignId(otherId), staff.actor(), services.clock().instant());
		campaigns.save(campaign);
		index.forgetCampaign(otherId);
		items.move(otherId, id);
		campaigns.deleteById(otherId);
	}

	/**
	 * Asks for the lead case's signed-off reply to go to every member but the lead and those
	 * flagged for individual casework. {@link CampaignReplySender} sends it in the background, so
	 * the page answers at once and a restart loses nothing; asking again reaches only those left.
	 */
	public void sendToAll(SignedInStaff staff, UUID id) {
		Campaign campaign = managed(staff, id);
		long members = campaign.hasLead() ? items.replyCounts(id, campaign.leadCaseId()).members() : 0;
		campaign.requestReply(staff.id(), staff.actor(), members, services.clock().instant());
		campaigns.save(campaign);
	}

	/**
	 * How far the campaign's reply has gone: "Sending the reply: sent 120 of 400 members".
	 *
	 * @param failures members it could not go to, "reference: reason", left for individual dispatch
	 */
	public record ReplyProgress(boolean sending, long sent, long members, java.time.Instant finishedAt, String problem,
			List<String> failures) {

		public String describe() {
			if (sending) {
				return "Sending the reply: sent " + sent + " of " + members + " members";
			}
			return problem != null ? "Sending the reply stopped after " + sent + " of " + members + " members: " + problem
					: "Reply sent to " + sent + " of " + members + " members";
		}
	}

	private ReplyProgress progress(Campaign campaign) {
		if (campaign.replyRequestedAt() == null || campaign.leadCaseId() == null) {
			return null;
		}
		ReplyCounts counts = items.replyCounts(campaign.id(), campaign.leadCaseId());
		List<String> failures = items.findByCampaignIdAndReplyProblemIsNotNullOrderByArrivedAt(campaign.id()).stream()
				.map(CampaignItem::replyProblem).toList();
		return new ReplyProgress(campaign.isSendingReply(), counts.sent(), counts.members(), campaign.replyFinishedAt(),
				campaign.replyProblem(), failures);
	}

	private CampaignItem member(UUID caseId) {
		if (caseId == null) {
			throw new IllegalArgumentException("Choose a member of the campaign");
		}
		return items.findById(caseId).filter(i -> i.campaignId() != null)
				.orElseThrow(() -> new IllegalArgumentException("That case is not in this campaign"));
	}

	private String referenceOf(SignedInStaff staff, UUID caseId) {
		return cases.members(staff, List.of(new CaseFileId(caseId))).stream().findFirst().map(MemberCase::reference)
				.orElse(caseId.toString());
	}

	private Campaign visible(SignedInStaff staff, UUID id) {
		return campaigns.findById(id).filter(c -> CaseAccessPolicy.mayViewCasesOf(staff, c.office()))
				.orElseThrow(CampaignNotFound::new);
	}

	private Campaign managed(SignedInStaff staff, UUID id) {
		Campaign campaign = visible(staff, id);
		if (!CaseAccessPolicy.isManager(staff, campaign.office())) {
			throw new AccessDeniedException("Only the office's correspondence managers change campaigns");
		}
		return campaign;
	}

	private static List<UUID> visibleOffices(SignedInStaff staff) {
		return staff.offices().stream().filter(o -> CaseAccessPolicy.mayViewCasesOf(staff, o)).map(OfficeId::value)
				.toList();
	}

	/** A member on the campaign page: how it compares, and its case as the viewer may see it. */
	public record MemberRow(CampaignItem item, MemberCase c, boolean lead) {
	}

	/**
	 * @param manager whether the viewer may change the campaign
	 * @param others the office's other campaigns, to merge with (managers only)
	 * @param leadReference the lead case's reference, if there is a lead
	 * @param reply how far the reply has gone, if it was ever sent
	 */
	public record CampaignPage(Campaign campaign, CampaignSummary summary, Page<MemberRow> members, boolean manager,
			List<Campaign> others, String leadReference, ReplyProgress reply) {
	}

	/** No such campaign, or not one the person may see. */
	public static class CampaignNotFound extends RuntimeException {

		CampaignNotFound() {
			super("No such campaign");
		}
	}
}
