package org.redbox.intake.campaign;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.redbox.correspondence.CampaignCases;
import org.redbox.correspondence.CaseFileId;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.StaffId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends campaign replies in the background, member by member, on behalf of the manager who asked:
 * each send is followed at once by its member's marker, committed on its own, so a run stopped by
 * a restart goes on with the members left. Should it stop between a send and its marker, the
 * member's case is closed by then and correspondence leaves it alone, so nobody gets two replies.
 * One run at a time on a node.
 */
@Component
public class CampaignReplySender {

	private static final Logger log = LoggerFactory.getLogger(CampaignReplySender.class);
	private static final int CHUNK = 50;

	private final Campaigns campaigns;
	private final CampaignItems items;
	private final CampaignCases cases;
	private final DirectoryManagement directory;
	private final Clock clock;
	private final ReentrantLock running = new ReentrantLock();
	/** Told after each send, before its marker is written; tests use it to stop there. */
	private volatile Runnable afterSend = () -> {
	};

	CampaignReplySender(Campaigns campaigns, CampaignItems items, CampaignCases cases, DirectoryManagement directory,
			Clock clock) {
		this.campaigns = campaigns;
		this.items = items;
		this.cases = cases;
		this.directory = directory;
		this.clock = clock;
	}

	/** Goes on with every campaign whose reply is being sent; returns how many members it sent to. */
	@Scheduled(initialDelayString = "${redbox.intake.campaigns.send-interval:PT10S}",
			fixedDelayString = "${redbox.intake.campaigns.send-interval:PT10S}")
	public int sendPending() {
		if (!running.tryLock()) {
			return 0;
		}
		try {
			int sent = 0;
			for (Campaign campaign : campaigns.findByReplyRequestedAtIsNotNullAndReplyFinishedAtIsNullOrderByReplyRequestedAt()) {
				sent += send(campaign);
			}
			return sent;
		}
		finally {
			running.unlock();
		}
	}

	private int send(Campaign campaign) {
		var staff = directory.activeStaff(new StaffId(campaign.replyRequestedBy()));
		if (staff.isEmpty() || campaign.leadCaseId() == null) {
			return finish(campaign, staff.isEmpty() ? "The member of staff who asked for the reply to be sent can no longer"
					+ " send it: ask again" : "The campaign has no lead case any more: choose one and ask again");
		}
		var lead = new CaseFileId(campaign.leadCaseId());
		int sent = 0;
		List<CampaignItem> chunk;
		while (!(chunk = items.awaitingReply(campaign.id(), campaign.leadCaseId(), PageRequest.of(0, CHUNK))).isEmpty()) {
			for (CampaignItem member : chunk) {
				try {
					String outcome = sendTo(staff.get(), lead, member);
					afterSend.run();
					mark(member, outcome, null);
					sent++;
				}
				catch (CampaignCases.LeadReplyNotSignedOff e) {
					return sent + finish(campaign, e.getMessage());
				}
				catch (RuntimeException e) {
					mark(member, "FAILED", reference(staff.get(), member) + ": " + e.getMessage());
				}
			}
		}
		return sent + finish(campaign, null);
	}

	private String sendTo(SignedInStaff by, CaseFileId lead, CampaignItem member) {
		return cases.sendLeadReply(by, lead, new CaseFileId(member.caseId())).name();
	}

	private void mark(CampaignItem member, String outcome, String problem) {
		member.replied(outcome, problem, clock.instant());
		items.save(member);
	}

	private int finish(Campaign campaign, String problem) {
		Campaign fresh = campaigns.findById(campaign.id()).orElse(null);
		if (fresh != null) {
			fresh.replyFinished(problem, clock.instant());
			campaigns.save(fresh);
		}
		if (problem != null) {
			log.info("Sending the reply of campaign {} stopped: {}", campaign.id(), problem);
		}
		return 0;
	}

	private String reference(SignedInStaff staff, CampaignItem member) {
		return cases.members(staff, List.of(new CaseFileId(member.caseId()))).stream().findFirst()
				.map(CampaignCases.MemberCase::reference).orElse(member.caseId().toString());
	}

	void afterSend(Runnable hook) {
		this.afterSend = hook;
	}
}
