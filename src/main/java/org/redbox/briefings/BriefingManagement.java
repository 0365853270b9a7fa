package org.redbox.briefings;

import java.time.LocalDate;
import java.util.List;

import org.redbox.briefings.internal.BriefingCalendar;
import org.redbox.briefings.internal.Briefings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The briefings API for other modules: which briefings are falling due, for reminders. */
@Service
@Transactional(readOnly = true)
public class BriefingManagement {

	/** Far enough ahead to cover any reminder window over a long holiday. */
	private static final int LOOK_AHEAD_DAYS = 21;

	private final Briefings briefings;
	private final BriefingCalendar calendar;
	private final BriefingSettings settings;

	BriefingManagement(Briefings briefings, BriefingCalendar calendar, BriefingSettings settings) {
		this.briefings = briefings;
		this.calendar = calendar;
		this.settings = settings;
	}

	/** Briefings the team should be reminded of today, and those overdue, by due day. */
	public List<BriefingDue> fallingDue() {
		LocalDate today = calendar.today();
		BriefingDuePolicy policy = settings.duePolicy();
		var due = new java.util.ArrayList<BriefingDue>();
		for (Briefing b : briefings.findUnclearedDueBy(BriefingStatus.CLEARED, today.plusDays(LOOK_AHEAD_DAYS))) {
			var urgency = policy.urgencyOf(b, calendar.of(b.officeId()), today);
			if (urgency != BriefingDuePolicy.Urgency.NONE) {
				due.add(new BriefingDue(b.id(), b.officeId(), b.reference(), b.teamId(), b.commissionedById(), b.dueOn(),
						urgency == BriefingDuePolicy.Urgency.OVERDUE));
			}
		}
		return due;
	}
}
