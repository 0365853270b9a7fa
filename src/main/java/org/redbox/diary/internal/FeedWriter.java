package org.redbox.diary.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

import org.redbox.diary.Attendee;
import org.redbox.diary.Diary;
import org.redbox.diary.DiaryEntry;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.EntryKind;
import org.redbox.diary.EntryTime;
import org.redbox.diary.Occurrence;
import org.redbox.diary.OccurrenceChange;

/**
 * Writes a diary as an RFC 5545 calendar: a VTIMEZONE for each zone used (ical4j's definition),
 * one VEVENT per entry with a UID that never changes (a series keeps its RRULE, with an EXDATE for
 * each cancelled occurrence and a VEVENT with RECURRENCE-ID for each moved one). A private entry
 * leaves as "Busy" with CLASS:PRIVATE and nothing else: no description, place or attendees.
 * Attendees go in the description, not as ATTENDEE properties, which would make calendar apps
 * offer to send invitations.
 */
public final class FeedWriter {

	private static final String PRODUCT = "-//Redbox//Diary//EN";
	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();
	/** Each zone's VTIMEZONE as folded text, written once. */
	private static final Map<String, String> ZONE_DEFINITIONS = new ConcurrentHashMap<>();
	/** About what one entry takes as text, to size the buffer once. */
	private static final int CHARS_PER_ENTRY = 450;

	private FeedWriter() {
	}

	static String write(Diary diary, List<DiaryEntry> entries) {
		var lines = begin(entries.size()).text("X-WR-CALNAME", diary.title()).text("X-WR-TIMEZONE", diary.zone().getId());
		var zones = new TreeSet<String>();
		zones.add(diary.zone().getId());
		entries.forEach(entry -> zones.add(entry.time().zone().getId()));
		zones.forEach(zone -> lines.verbatim(definition(zone)));
		for (DiaryEntry entry : entries) {
			events(lines, entry, entry.id() + "@redbox");
		}
		return lines.raw("END", "VCALENDAR").toString();
	}

	/** One entry alone as a calendar (its VTIMEZONE and VEVENTs) under {@code uid}, as a CalDAV resource holds it. */
	public static String calendarOf(DiaryEntry entry, String uid) {
		var lines = begin(1).verbatim(definition(entry.time().zone().getId()));
		events(lines, entry, uid);
		return lines.raw("END", "VCALENDAR").toString();
	}

	private static ContentLines begin(int entries) {
		return new ContentLines(4_000 + entries * CHARS_PER_ENTRY).raw("BEGIN", "VCALENDAR").text("PRODID", PRODUCT)
				.raw("VERSION", "2.0").raw("CALSCALE", "GREGORIAN");
	}

	private static String definition(String zone) {
		return ZONE_DEFINITIONS.computeIfAbsent(zone,
				id -> new ContentLines(10_000).written(ZONES.getTimeZone(id).getVTimeZone().toString()).toString());
	}

	private static void events(ContentLines lines, DiaryEntry entry, String uid) {
		EntryDetails details = entry.details();
		EntryTime time = details.time();
		String zone = time.zone().getId();
		List<OccurrenceChange> changes = entry.changes().stream().sorted(Comparator.comparing(OccurrenceChange::originalStart))
				.toList();
		event(lines, entry, details, time, uid);
		if (details.recurrence() != null) {
			lines.raw("RRULE", details.recurrence().value());
		}
		changes.stream().filter(OccurrenceChange::cancelled)
				.forEach(change -> lines.local("EXDATE", change.originalStart(), zone, time.allDay()));
		lines.raw("END", "VEVENT");
		for (OccurrenceChange change : changes) {
			if (!change.cancelled()) {
				event(lines, entry, details, new EntryTime(change.start(), change.end(), time.zone(), time.allDay()), uid);
				lines.local("RECURRENCE-ID", change.originalStart(), zone, time.allDay()).raw("END", "VEVENT");
			}
		}
	}

	/** A VEVENT's lines but its END, so that a series' rule or an occurrence's RECURRENCE-ID can follow. */
	private static void event(ContentLines lines, DiaryEntry entry, EntryDetails details, EntryTime time, String uid) {
		boolean busyOnly = details.privateEntry();
		String zone = time.zone().getId();
		lines.raw("BEGIN", "VEVENT").utc("DTSTAMP", entry.updatedAt()).local("DTSTART", time.start(), zone, time.allDay())
				.local("DTEND", time.end(), zone, time.allDay()).text("SUMMARY", busyOnly ? Occurrence.BUSY : details.title())
				.text("UID", uid).raw("SEQUENCE", String.valueOf(Math.min(entry.sequence(), Integer.MAX_VALUE)))
				.raw("CLASS", busyOnly ? "PRIVATE" : "PUBLIC")
				.raw("STATUS", details.kind() == EntryKind.HOLD ? "TENTATIVE" : "CONFIRMED").raw("TRANSP", "OPAQUE");
		if (!busyOnly) {
			if (details.location() != null) {
				lines.text("LOCATION", details.location());
			}
			String description = description(details);
			if (!description.isEmpty()) {
				lines.text("DESCRIPTION", description);
			}
		}
	}

	private static String description(EntryDetails details) {
		var parts = new ArrayList<String>();
		parts.add(details.kind().displayName());
		if (!details.attendees().isEmpty()) {
			parts.add("With: " + String.join("; ", details.attendees().stream().map(Attendee::describe).toList()));
		}
		if (details.notes() != null) {
			parts.add(details.notes());
		}
		return String.join("\n\n", parts.stream().filter(Objects::nonNull).toList());
	}
}
