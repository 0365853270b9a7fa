package org.redbox.diary.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;

import org.redbox.diary.Attendee;
import org.redbox.diary.Diary;
import org.redbox.diary.DiaryEntry;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.EntryKind;
import org.redbox.diary.EntryTime;
import org.redbox.diary.Occurrence;
import org.redbox.diary.OccurrenceChange;

/**
 * Writes a diary as an RFC 5545 calendar: a VTIMEZONE for each zone used, one VEVENT per
 * entry with a UID that never changes (a series keeps its RRULE, with an EXDATE for each
 * cancelled occurrence and a VEVENT with RECURRENCE-ID for each moved one). A private entry
 * leaves as "Busy" with CLASS:PRIVATE and nothing else: no description, place or attendees.
 * Attendees go in the description, not as ATTENDEE properties, which would make calendar apps
 * offer to send invitations.
 */
public final class FeedWriter {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private FeedWriter() {
	}

	static String write(Diary diary, List<DiaryEntry> entries) {
		var calendar = new Calendar().withProdId("-//Redbox//Diary//EN").withDefaults()
				.withProperty(new XProperty("X-WR-CALNAME", diary.title()))
				.withProperty(new XProperty("X-WR-TIMEZONE", diary.zone().getId())).getFluentTarget();
		var zones = new TreeSet<String>();
		zones.add(diary.zone().getId());
		entries.forEach(entry -> zones.add(entry.time().zone().getId()));
		zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone).getVTimeZone()));
		for (DiaryEntry entry : entries) {
			events(entry).forEach(calendar::add);
		}
		return calendar.toString();
	}

	/** One entry alone as a calendar (its VTIMEZONE and VEVENTs), as a CalDAV resource holds it. */
	public static Calendar calendarOf(DiaryEntry entry) {
		var calendar = new Calendar().withProdId("-//Redbox//Diary//EN").withDefaults().getFluentTarget();
		calendar.add(ZONES.getTimeZone(entry.time().zone().getId()).getVTimeZone());
		events(entry).forEach(calendar::add);
		return calendar;
	}

	private static List<VEvent> events(DiaryEntry entry) {
		EntryDetails details = entry.details();
		var events = new ArrayList<VEvent>();
		VEvent main = event(entry, details, details.time());
		if (details.recurrence() != null) {
			main.add(new RRule<>(details.recurrence().value()));
		}
		for (OccurrenceChange change : entry.changes().stream()
				.sorted(java.util.Comparator.comparing(OccurrenceChange::originalStart)).toList()) {
			if (change.cancelled()) {
				main.add(new ExDate<>(parameters(details.time()), format(change.originalStart(), details.time().allDay())));
			}
			else {
				EntryTime moved = new EntryTime(change.start(), change.end(), details.time().zone(), details.time().allDay());
				VEvent override = event(entry, details, moved);
				override.add(new RecurrenceId<>(parameters(details.time()), format(change.originalStart(), details.time().allDay())));
				events.add(override);
			}
		}
		events.add(0, main);
		return events;
	}

	private static VEvent event(DiaryEntry entry, EntryDetails details, EntryTime time) {
		Temporal start = time.allDay() ? time.start().toLocalDate() : time.zonedStart();
		Temporal end = time.allDay() ? time.end().toLocalDate() : time.zonedEnd();
		boolean busyOnly = details.privateEntry();
		VEvent event = new VEvent(start, end, busyOnly ? Occurrence.BUSY : details.title());
		event.replace(new DtStamp(entry.updatedAt()));
		event.add(new Uid(entry.id() + "@redbox"));
		event.add(new Sequence((int) Math.min(entry.sequence(), Integer.MAX_VALUE)));
		event.add(new Clazz(busyOnly ? Clazz.VALUE_PRIVATE : Clazz.VALUE_PUBLIC));
		event.add(new Status(details.kind() == EntryKind.HOLD ? Status.VALUE_TENTATIVE : Status.VALUE_CONFIRMED));
		event.add(new Transp(Transp.VALUE_OPAQUE));
		if (!busyOnly) {
			if (details.location() != null) {
				event.add(new Location(details.location()));
			}
			String description = description(details);
			if (!description.isEmpty()) {
				event.add(new Description(description));
			}
		}
		return event;
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

	private static ParameterList parameters(EntryTime time) {
		return new ParameterList(time.allDay() ? List.of(Value.DATE) : List.of(new TzId(time.zone().getId())));
	}

	private static String format(LocalDateTime start, boolean allDay) {
		return allDay ? DATE.format(start) : LOCAL.format(start);
	}
}
