package org.redbox.diary.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.redbox.diary.Diary;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.EntryKind;
import org.redbox.diary.EntryTime;
import org.redbox.diary.OccurrenceChange;
import org.redbox.diary.RecurrenceRule;

/**
 * Reads RFC 5545 text into diary entries, one {@link IcsEvent} per UID. Times with a TZID that
 * Java knows keep that zone; UTC and floating times, and a TZID Java does not know (such as
 * Outlook's "GMT Standard Time"), are read in the diary's zone. An all-day event stays all day.
 * An event with no end lasts half an hour (a day, if all day). A moved occurrence keeps its
 * series' title and place: a diary's series changes only an occurrence's time. Overrides whose
 * series is not in the file are left out. Anything unreadable fails the whole read with the
 * event named.
 */
public final class IcsEvents {

	static final int TITLE_LENGTH = 200;
	static final int LOCATION_LENGTH = 300;
	static final int NOTES_LENGTH = 4000;
	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
	private static final Set<String> PRIVATE_CLASSES = Set.of("PRIVATE", "CONFIDENTIAL");

	/** The events read, and how many overrides were left out because their series was not there. */
	public record Read(List<IcsEvent> events, int orphanOverrides) {
	}

	private IcsEvents() {
	}

	/**
	 * @throws IcsProblem when the text is not iCalendar, has more than {@code maxEvents} events, or
	 *         has an event a diary cannot hold (saying which and why)
	 */
	public static Read read(String text, ZoneId diaryZone, int maxEvents) {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(text));
		}
		catch (ParserException e) {
			throw new IcsProblem("This is not an iCalendar file Redbox can read (line " + e.getLineNo() + "): " + e.getMessage());
		}
		catch (IOException | RuntimeException e) {
			throw new IcsProblem("This is not an iCalendar file Redbox can read: " + e.getMessage());
		}
		List<VEvent> all = calendar.getComponents(Component.VEVENT);
		if (all.size() > maxEvents) {
			throw new IcsProblem("The file has " + all.size() + " events; at most " + maxEvents + " can be imported at once");
		}
		Map<String, List<VEvent>> byUid = new LinkedHashMap<>();
		for (VEvent event : all) {
			byUid.computeIfAbsent(uidOf(event), uid -> new ArrayList<>()).add(event);
		}
		var events = new ArrayList<IcsEvent>();
		int orphans = 0;
		for (var group : byUid.entrySet()) {
			List<VEvent> masters = group.getValue().stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty()).toList();
			if (masters.size() > 1) {
				throw new IcsProblem("Two events in the file have the same UID " + group.getKey());
			}
			if (masters.isEmpty()) {
				orphans += group.getValue().size();
				continue;
			}
			List<VEvent> overrides = group.getValue().stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent()).toList();
			try {
				events.add(event(group.getKey(), masters.get(0), overrides, diaryZone));
			}
			catch (IllegalArgumentException | DateTimeException e) {
				throw new IcsProblem("The event “" + text(masters.get(0), Property.SUMMARY).orElse(group.getKey()) + "” cannot go in a diary: "
						+ e.getMessage());
			}
		}
		return new Read(events, orphans);
	}

	private static IcsEvent event(String uid, VEvent master, List<VEvent> overrides, ZoneId diaryZone) {
		Property dtStart = master.getProperty(Property.DTSTART).orElseThrow(() -> new IllegalArgumentException("it has no start"));
		boolean allDay = isDate(dtStart);
		ZoneId zone = knownZone(dtStart).orElse(diaryZone);
		EntryTime time = time(master, allDay, zone, diaryZone);
		boolean privateEntry = text(master, Property.CLASS).map(c -> PRIVATE_CLASSES.contains(c.toUpperCase())).orElse(false);
		String title = text(master, Property.SUMMARY).filter(s -> !s.isBlank()).map(s -> cut(s.strip(), TITLE_LENGTH)).orElse("(No title)");
		boolean tentative = text(master, Property.STATUS).map("TENTATIVE"::equalsIgnoreCase).orElse(false);
		boolean cancelled = text(master, Property.STATUS).map("CANCELLED"::equalsIgnoreCase).orElse(false);
		EntryKind kind = tentative ? EntryKind.HOLD : EntryKind.ENGAGEMENT;
		List<String> paragraphs = new ArrayList<>(text(master, Property.DESCRIPTION).map(d -> Arrays.asList(d.replace("\r\n", "\n").split("\n\n")))
				.orElse(List.of()));
		Optional<EntryKind> stated = paragraphs.isEmpty() ? Optional.empty()
				: Arrays.stream(EntryKind.values()).filter(k -> k.displayName().equals(paragraphs.get(0).strip())).findFirst();
		if (stated.isPresent()) {
			kind = stated.get();
			paragraphs.remove(0);
			if (!paragraphs.isEmpty() && paragraphs.get(0).startsWith("With: ")) {
				paragraphs.remove(0);
			}
		}
		String notes = paragraphs.isEmpty() ? null : cut(String.join("\n\n", paragraphs), NOTES_LENGTH);
		String location = text(master, Property.LOCATION).map(l -> cut(l, LOCATION_LENGTH)).orElse(null);
		RecurrenceRule rule = text(master, Property.RRULE).map(RecurrenceRule::parse).orElse(null);
		var details = new EntryDetails(kind, title, time, location, List.of(), notes, privateEntry, null, Set.of(), rule);
		var changes = new ArrayList<OccurrenceChange>();
		if (rule != null) {
			for (Property exdate : master.getProperties(Property.EXDATE)) {
				for (String value : exdate.getValue().split(",")) {
					changes.add(new OccurrenceChange(original(exdate, value, allDay, zone, diaryZone), true, null, null));
				}
			}
			for (VEvent override : overrides) {
				Property recurrenceId = override.getProperty(Property.RECURRENCE_ID).orElseThrow();
				LocalDateTime original = original(recurrenceId, recurrenceId.getValue(), allDay, zone, diaryZone);
				if (text(override, Property.STATUS).map("CANCELLED"::equalsIgnoreCase).orElse(false)) {
					changes.add(new OccurrenceChange(original, true, null, null));
				}
				else if (override.getProperty(Property.DTSTART).isPresent()) {
					EntryTime moved = time(override, allDay, zone, diaryZone);
					if (!moved.start().equals(original) || !moved.length().equals(time.length())) {
						changes.add(new OccurrenceChange(original, false, moved.start(), moved.end()));
					}
				}
			}
		}
		return new IcsEvent(uid, details, changes, stated.isPresent(), privateEntry && title.equalsIgnoreCase("Busy"), cancelled);
	}

	private static EntryTime time(VEvent event, boolean allDay, ZoneId zone, ZoneId diaryZone) {
		Property dtStart = event.getProperty(Property.DTSTART).orElseThrow();
		Optional<Property> dtEnd = event.getProperty(Property.DTEND);
		Optional<TemporalAmount> duration = event.getProperty(Property.DURATION)
				.map(d -> ((net.fortuna.ical4j.model.property.Duration) d).getDuration());
		if (allDay) {
			LocalDate first = LocalDate.parse(dtStart.getValue().strip(), DateTimeFormatter.BASIC_ISO_DATE);
			LocalDate end = dtEnd.map(p -> isDate(p) ? LocalDate.parse(p.getValue().strip(), DateTimeFormatter.BASIC_ISO_DATE)
					: at(p, p.getValue(), diaryZone).toLocalDate())
					.orElseGet(() -> duration.map(d -> first.plusDays(Math.max(1, java.time.Duration.from(d).toDays())))
							.orElse(first.plusDays(1)));
			return new EntryTime(first.atStartOfDay(), end.atStartOfDay(), zone, true);
		}
		ZonedDateTime start = at(dtStart, dtStart.getValue(), diaryZone);
		ZonedDateTime end = dtEnd.map(p -> at(p, p.getValue(), diaryZone))
				.orElseGet(() -> start.plus(duration.orElse(java.time.Duration.ofMinutes(30))));
		return EntryTime.timed(start.withZoneSameInstant(zone).toLocalDateTime(), end.withZoneSameInstant(zone).toLocalDateTime(), zone);
	}

	/** An EXDATE or RECURRENCE-ID value as the local start, in the entry's zone, of the occurrence it names. */
	private static LocalDateTime original(Property property, String value, boolean allDay, ZoneId zone, ZoneId diaryZone) {
		String v = value.strip();
		if (v.length() == 8) {
			return LocalDate.parse(v, DateTimeFormatter.BASIC_ISO_DATE).atStartOfDay();
		}
		LocalDateTime local = at(property, v, diaryZone).withZoneSameInstant(zone).toLocalDateTime();
		return allDay ? local.toLocalDate().atStartOfDay() : local;
	}

	/** A date-time value: in UTC with a Z, in its TZID's zone (the diary's, if Java does not know it), or floating in the diary's zone. */
	private static ZonedDateTime at(Property property, String value, ZoneId diaryZone) {
		String v = value.strip();
		if (v.endsWith("Z") || v.endsWith("z")) {
			return LocalDateTime.parse(v.substring(0, v.length() - 1), LOCAL).atZone(ZoneOffset.UTC);
		}
		return ZonedDateTime.of(LocalDateTime.parse(v, LOCAL), knownZone(property).orElse(diaryZone));
	}

	private static Optional<ZoneId> knownZone(Property property) {
		return property.getParameter(Parameter.TZID).map(Parameter::getValue).flatMap(id -> {
			try {
				return Optional.of(ZoneId.of(id.strip()));
			}
			catch (DateTimeException e) {
				return Optional.empty();
			}
		});
	}

	private static boolean isDate(Property property) {
		return property.getParameter(Parameter.VALUE).map(v -> v.getValue().equalsIgnoreCase("DATE")).orElse(false)
				|| property.getValue().strip().length() == 8;
	}

	private static Optional<String> text(VEvent event, String name) {
		return event.getProperty(name).map(Property::getValue).map(String::strip).filter(s -> !s.isEmpty());
	}

	/** The event's UID, or (for a file made by hand without one) a stable one made from what it says. */
	private static String uidOf(VEvent event) {
		return text(event, Property.UID).map(uid -> cut(uid, 500)).orElseGet(() -> {
			String said = text(event, Property.SUMMARY).orElse("") + "|" + event.getProperty(Property.DTSTART).map(Property::getValue).orElse("");
			return "sha256-" + Diary.hash(said);
		});
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}
}
