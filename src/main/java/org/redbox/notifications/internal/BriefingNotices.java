package org.redbox.notifications.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.redbox.briefings.BriefingCleared;
import org.redbox.briefings.BriefingCommissioned;
import org.redbox.briefings.BriefingDue;
import org.redbox.briefings.BriefingEvent;
import org.redbox.briefings.BriefingManagement;
import org.redbox.briefings.BriefingReturned;
import org.redbox.briefings.BriefingSubmitted;
import org.redbox.directory.DirectoryManagement;
import org.redbox.notifications.Notice;
import org.redbox.notifications.NoticeKind;
import org.redbox.shared.Actor;
import org.redbox.shared.StaffId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells people about briefings: the team when one is asked of it, the commissioner when it is
 * submitted, its writer when it is returned or cleared; and, from a regular sweep, the team when
 * it is due soon, the team and the commissioner once it is overdue — once per due day. Notices
 * name the diary and the day, never the engagement's title. Nobody is told of what they did.
 */
@Component
public class BriefingNotices {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

	private final BriefingManagement briefings;
	private final DirectoryManagement directory;
	private final NoticeWriter writer;
	private final Clock clock;

	BriefingNotices(BriefingManagement briefings, DirectoryManagement directory, NoticeWriter writer, Clock clock) {
		this.briefings = briefings;
		this.directory = directory;
		this.writer = writer;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(BriefingCommissioned event) {
		for (var member : directory.activeMembersOf(event.team())) {
			notify(member.id(), event, NoticeKind.BRIEFING_REQUESTED, event.actor().name() + " asks " + event.teamName()
					+ " for a briefing for " + event.event() + ", due " + event.due().format(DAY), "requested");
		}
	}

	@ApplicationModuleListener
	void on(BriefingSubmitted event) {
		notify(event.commissioner(), event, NoticeKind.BRIEFING_SUBMITTED,
				"The briefing for " + event.event() + " was submitted for clearance by " + event.actor().name(),
				event.occurredAt().toString());
	}

	@ApplicationModuleListener
	void on(BriefingReturned event) {
		notify(event.writer(), event, NoticeKind.RETURNED,
				"The briefing for " + event.event() + " was returned to your team by " + event.actor().name(),
				event.occurredAt().toString());
	}

	@ApplicationModuleListener
	void on(BriefingCleared event) {
		notify(event.writer(), event, NoticeKind.BRIEFING_CLEARED,
				"The briefing for " + event.event() + " was cleared by " + event.actor().name(), "cleared");
	}

	/** Every hour (and soon after start), with the case deadline sweep's timing. */
	@Scheduled(initialDelayString = "${redbox.notifications.sweep-initial-delay:PT1M}",
			fixedDelayString = "${redbox.notifications.sweep-interval:PT1H}")
	public void sweepDueBriefings() {
		for (BriefingDue due : briefings.fallingDue()) {
			NoticeKind kind = due.overdue() ? NoticeKind.OVERDUE : NoticeKind.DUE_SOON;
			String message = "The briefing for " + due.event() + (due.overdue() ? " is overdue: it was due on " : " is due on ")
					+ due.due().format(DAY);
			for (var member : directory.activeMembersOf(due.team())) {
				keep(member.id(), due, kind, message);
			}
			if (due.overdue()) {
				keep(due.commissioner(), due, kind, message);
			}
		}
	}

	private void keep(StaffId to, BriefingDue due, NoticeKind kind, String message) {
		writer.keep(Notice.of(to, due.office(), kind, "Briefing", due.briefing().value(), message,
				"/briefings/" + due.briefing(), due.due().toString(), clock.instant()));
	}

	private void notify(StaffId to, BriefingEvent event, NoticeKind kind, String message, String happening) {
		if (to != null && !isSelf(to, event.actor())) {
			writer.keep(Notice.of(to, event.officeId(), kind, "Briefing", event.briefing().value(), message,
					"/briefings/" + event.briefing(), happening, clock.instant()));
		}
	}

	private static boolean isSelf(StaffId staff, Actor actor) {
		return staff.equals(actor.staffId());
	}
}
