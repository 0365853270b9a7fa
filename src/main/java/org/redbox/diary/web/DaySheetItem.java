package org.redbox.diary.web;

import java.util.List;
import java.util.Set;

import org.redbox.diary.Attendee;
import org.redbox.diary.BriefingOnEntry;
import org.redbox.diary.EntryKind;
import org.redbox.diary.Occurrence;
import org.redbox.diary.internal.DaySheets;

/**
 * One entry of a day sheet as the page and the PDF show it.
 *
 * @param travel what to allow for getting there, or the journey itself; null when nothing applies
 * @param busy a private entry the reader may not see: only its times show
 */
public record DaySheetItem(String href, String times, String kind, String title, String location, String travel,
		List<String> attendees, String purpose, List<BriefingOnEntry> briefings, boolean busy) {

	static DaySheetItem of(Occurrence o, DaySheets.Sheet sheet) {
		var diary = sheet.open().diary();
		String href = "/diary/" + diary.id() + "/entries/" + o.entry();
		String times = OccurrenceItem.of(o, href, diary.zone(), sheet.day(), Set.of()).times();
		if (sheet.busyOnly(o)) {
			return new DaySheetItem(href, times, "Busy", Occurrence.BUSY, null, null, List.of(), null, List.of(), true);
		}
		return new DaySheetItem(href, times, o.kind().displayName(), o.title(), o.location(),
				travel(o, diary.defaultTravelMinutes()), o.attendees().stream().map(Attendee::describe).toList(), o.notes(),
				sheet.briefings().getOrDefault(o.entry(), List.of()), false);
	}

	/** Whether a briefing for this entry is overdue: shown prominently. */
	public boolean overdue() {
		return briefings.stream().anyMatch(b -> b.state() == BriefingOnEntry.State.OVERDUE);
	}

	private static String travel(Occurrence o, int defaultMinutes) {
		if (o.kind() == EntryKind.TRAVEL) {
			return o.location() == null ? "Journey" : "Journey from " + o.location();
		}
		if (o.location() == null || o.location().isBlank() || o.allDay()) {
			return null;
		}
		int minutes = o.travelMinutes() == null ? defaultMinutes : o.travelMinutes();
		return minutes <= 0 ? null : "Allow " + minutes + " minutes to get there";
	}
}
