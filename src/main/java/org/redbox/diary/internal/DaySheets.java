package org.redbox.diary.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.redbox.diary.BriefingOnEntry;
import org.redbox.diary.DiaryId;
import org.redbox.diary.EngagementBriefings;
import org.redbox.diary.EntryId;
import org.redbox.diary.Occurrence;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day sheet: a principal's day as one person may see it (a private entry stays "busy" for
 * those who may not see it, and its briefings are never asked for), each entry's briefing for
 * that day from whichever module answers {@link EngagementBriefings}, and whom to call on the
 * day: the office's diary managers and head of office. Reading it is recorded like the day view.
 */
@Service
@Transactional(readOnly = true)
public class DaySheets {

	private final DiaryDoor door;
	private final DiaryWindows windows;
	private final ObjectProvider<EngagementBriefings> briefings;
	private final DirectoryManagement directory;
	private final DaySheetReadiness readiness;

	DaySheets(DiaryDoor door, DiaryWindows windows, ObjectProvider<EngagementBriefings> briefings,
			DirectoryManagement directory, DaySheetReadiness readiness) {
		this.door = door;
		this.windows = windows;
		this.briefings = briefings;
		this.directory = directory;
		this.readiness = readiness;
	}

	/**
	 * One day of a diary.
	 *
	 * @param briefings for each entry shown in full, its briefings for this day
	 * @param contacts whom to call on the day, e.g. "Dana Hughes, Diary manager: diary@exampleton.gov.uk"
	 */
	public record Sheet(OpenDiary open, LocalDate day, List<Occurrence> occurrences,
			Map<EntryId, List<BriefingOnEntry>> briefings, List<String> contacts, Instant preparedAt) {

		public boolean busyOnly(Occurrence occurrence) {
			return occurrence.privateEntry() && !open.access().seesPrivate();
		}
	}

	/** The day sheet of {@code day}, or (when null) of the day it opens on: see {@link DaySheetReadiness}. */
	public Sheet sheet(SignedInStaff by, DiaryId id, LocalDate day) {
		ZoneId zone = door.toSee(by, id).diary().zone();
		LocalDate shown = day == null ? readiness.defaultDay(zone) : day;
		var window = windows.window(by, id, shown.atStartOfDay(zone).toInstant(), shown.plusDays(1).atStartOfDay(zone).toInstant(),
				true);
		var open = window.open();
		List<EntryId> seen = window.occurrences().stream().filter(o -> !o.privateEntry() || open.access().seesPrivate())
				.map(Occurrence::entry).distinct().toList();
		EngagementBriefings source = briefings.getIfAvailable();
		Map<EntryId, List<BriefingOnEntry>> byEntry = source == null || seen.isEmpty() ? Map.of()
				: source.on(open.diary().officeId(), seen, readiness.today(zone)).stream()
						.filter(b -> b.eventDay().equals(shown))
						.collect(Collectors.groupingBy(BriefingOnEntry::entry));
		return new Sheet(open, shown, window.occurrences(), byEntry, contacts(open), readiness.now());
	}

	private List<String> contacts(OpenDiary open) {
		var office = open.diary().officeId();
		return directory.activeStaffOf(office).stream()
				.filter(staff -> staff.holdsAnyOf(office, Role.DIARY_MANAGER, Role.CHIEF_OF_STAFF))
				.map(staff -> staff.name() + ", " + (staff.holds(Role.DIARY_MANAGER, office) ? Role.DIARY_MANAGER
						: Role.CHIEF_OF_STAFF).displayName() + ": " + staff.email())
				.toList();
	}
}
