package org.redbox.briefings;

import org.redbox.shared.AuditableEvent;

/** An event about one briefing; each is recorded in the audit trail. */
public interface BriefingEvent extends AuditableEvent {

	BriefingId briefing();

	/** The engagement, as notices name it: the diary and the day, e.g. "the Mayor of Exampleton engagement on 2 June 2026". */
	String event();

	@Override
	default String recordType() {
		return "Briefing";
	}

	@Override
	default String recordId() {
		return briefing().toString();
	}
}
