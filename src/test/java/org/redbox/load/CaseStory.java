package org.redbox.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HexFormat;
import java.util.Set;
import java.util.SplittableRandom;

import org.redbox.RedboxApplication;
import org.redbox.correspondence.CaseAllocated;
import org.redbox.correspondence.CaseClosedWithoutReply;
import org.redbox.correspondence.CaseFileEvent;
import org.redbox.correspondence.CaseFileId;
import org.redbox.correspondence.CaseMovedOn;
import org.redbox.correspondence.CaseTriaged;
import org.redbox.correspondence.CaseTypeRule;
import org.redbox.correspondence.DraftSaved;
import org.redbox.correspondence.NoReplyReason;
import org.redbox.correspondence.ReplyDispatched;
import org.redbox.correspondence.ReplySignedOff;
import org.redbox.correspondence.Stage;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.worktime.WorkingCalendar;

/**
 * Takes a logged case through the stages its type names as far as it would have got by now:
 * triage a working day or two after receipt, allocation, drafting, approvals, sign-off and
 * dispatch, each a few working days apart (slower for some cases, and a few stall and run
 * overdue). Every step records the event the application records, so the timeline matches.
 */
final class CaseStory {

	private final SplittableRandom random;
	private final Instant now;

	CaseStory(SplittableRandom random, Instant now) {
		this.random = random;
		this.now = now;
	}

	/** Moves {@code c}, logged at triage, on from there; stops at the first step that lies in the future. */
	void unfold(GeneratedCase c, OfficeStaff office, Cast cast, CaseTypeRule rule, WorkingCalendar calendar,
			Correspondents.Contact writer) {
		var steps = new Steps(c, calendar, random.nextInt(100) < 12 ? 2 + random.nextInt(2) : 1);
		if (random.nextInt(1000) < 3) {
			steps.stallAfter = 1 + random.nextInt(6);
		}
		if (!writer.details().isElectedRepresentative() && random.nextInt(100) < 8) {
			if (steps.at(1 + random.nextInt(2), cast.logger)) {
				var reason = NoReplyReason.values()[random.nextInt(NoReplyReason.values().length)];
				record(c, new CaseClosedWithoutReply(id(c), office(c), reason, null, steps.actor, steps.time));
				c.stage = Stage.CLOSED;
				c.noReplyReason = reason;
			}
			return;
		}
		if (!steps.at(1 + random.nextInt(2), cast.logger)) {
			return;
		}
		record(c, new CaseTriaged(id(c), office(c), Set.of(c.topic), c.reputationalRisk, c.marking.label(), steps.actor,
				steps.time));
		c.stage = Stage.ALLOCATION;
		if (!steps.after(random.nextInt(2), cast.allocator)) {
			return;
		}
		var team = cast.teamFor(random);
		var officer = cast.officerIn(team, random);
		c.teamId = team.id();
		c.officerId = officer.staffId().value();
		record(c, new CaseAllocated(id(c), office(c), team.name(), officer.staffId(), officer.name(), steps.actor, steps.time));
		moveOn(c, Stage.DRAFTING, steps);
		if (!steps.after(2 + random.nextInt(6), officer)) {
			return;
		}
		c.replyHtml = reply(c, writer, cast.signerFor(rule));
		c.replySavedAt = steps.time;
		record(c, new DraftSaved(id(c), office(c), false, steps.actor, steps.time));
		moveOn(c, rule.after(Stage.DRAFTING), steps);
		while (c.stage.isApproval() && c.stage != Stage.SIGN_OFF) {
			if (!steps.after(1 + random.nextInt(3), cast.allocator)) {
				return;
			}
			moveOn(c, rule.after(c.stage), steps);
		}
		if (!steps.after(1 + random.nextInt(3), cast.signerFor(rule))) {
			return;
		}
		c.replySignedHash = sha256(c.replyHtml);
		c.replySignedBy = steps.actor.staffId() == null ? null : steps.actor.staffId().value();
		c.replySignedByName = steps.actor.name();
		c.replySignedAt = steps.time;
		record(c, new ReplySignedOff(id(c), office(c), c.replySignedHash, steps.actor, steps.time));
		moveOn(c, Stage.DISPATCH, steps);
		if (!steps.after(random.nextInt(2), officer)) {
			return;
		}
		c.dispatchedAt = steps.time;
		record(c, new ReplyDispatched(id(c), office(c), writer.details().email() == null ? "post" : "email",
				c.replySignedHash, steps.actor, steps.time));
		c.stage = Stage.CLOSED;
	}

	private void moveOn(GeneratedCase c, Stage to, Steps steps) {
		record(c, new CaseMovedOn(id(c), office(c), c.stage, to, steps.actor, steps.time));
		c.stage = to;
	}

	private void record(GeneratedCase c, CaseFileEvent event) {
		c.timeline.add(new GeneratedCase.TimelineRow(Ids.next(random), event));
	}

	private static String reply(GeneratedCase c, Correspondents.Contact writer, Actor signer) {
		return "<p>Dear " + writer.details().name() + ",</p><p>Thank you for writing to the Mayor about "
				+ c.subject.toLowerCase() + ". The Mayor has asked me to reply on their behalf.</p>"
				+ "<p>We have raised your concerns with the service responsible, and they will contact you directly. "
				+ "Please quote " + c.reference + " if you write to us again.</p><p>Yours sincerely,</p><p>" + signer.name()
				+ "</p>";
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static CaseFileId id(GeneratedCase c) {
		return new CaseFileId(c.id);
	}

	private static OfficeId office(GeneratedCase c) {
		return new OfficeId(c.officeId);
	}

	/** When each step happens: working days after the last, at office hours, never after now. */
	private final class Steps {

		final GeneratedCase c;
		final WorkingCalendar calendar;
		final int slowness;
		int day;
		int taken;
		int stallAfter = Integer.MAX_VALUE;
		Instant time;
		Actor actor;

		Steps(GeneratedCase c, WorkingCalendar calendar, int slowness) {
			this.c = c;
			this.calendar = calendar;
			this.slowness = slowness;
			this.time = c.createdAt;
		}

		boolean at(int workingDay, Actor by) {
			return after(workingDay - day, by);
		}

		/** Whether the next step, {@code workingDays} later, has happened by now; if so, its time and actor are set. */
		boolean after(int workingDays, Actor by) {
			if (++taken > stallAfter) {
				return false;
			}
			day += workingDays * slowness;
			LocalDate date = calendar.plusWorkingDays(c.receivedOn, day);
			Instant at = date.atTime(LocalTime.of(8, 30).plusMinutes(random.nextInt(540)))
					.atZone(RedboxApplication.LONDON).toInstant();
			if (!at.isAfter(time)) {
				at = time.plusSeconds(60 + random.nextInt(1800));
			}
			if (at.isAfter(now)) {
				return false;
			}
			time = at;
			actor = by;
			return true;
		}
	}
}
