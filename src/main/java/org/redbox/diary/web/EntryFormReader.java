package org.redbox.diary.web;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.redbox.diary.Attendee;
import org.redbox.diary.DiaryEntry;
import org.redbox.diary.EntryDetails;
import org.redbox.diary.EntryTime;
import org.redbox.diary.RecurrenceRule;
import org.redbox.diary.internal.AttendeeDirectory;
import org.redbox.shared.OfficeId;
import org.springframework.validation.BindingResult;

/** Reads an {@link EntryForm} into entry details, or rejects its fields with messages a person can act on. */
final class EntryFormReader {

	/** The repeat choices the form offers, with the rule each stands for. */
	static final Map<String, String> PRESETS = Map.of("DAILY", "FREQ=DAILY", "WEEKDAYS", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
			"WEEKLY", "FREQ=WEEKLY", "FORTNIGHTLY", "FREQ=WEEKLY;INTERVAL=2", "MONTHLY", "FREQ=MONTHLY");
	private static final Pattern UUID_IN_TEXT = Pattern
			.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
	private static final Pattern UNTIL = Pattern.compile(";UNTIL=([0-9TZ]+)");

	private EntryFormReader() {
	}

	/** The details, or null when {@code errors} now holds what is wrong. */
	static EntryDetails read(EntryForm form, BindingResult errors, OfficeId office, AttendeeDirectory people) {
		if (form.getTitle() == null || form.getTitle().isBlank()) {
			errors.rejectValue("title", "required", "Enter a title, such as \u201cOpening of the Central Library\u201d");
		}
		else if (form.getTitle().length() > 200) {
			errors.rejectValue("title", "size", "Title must be 200 characters or fewer");
		}
		if (form.getKind() == null) {
			errors.rejectValue("kind", "required", "Select what kind of entry this is");
		}
		if (form.getTravelMinutes() != null && (form.getTravelMinutes() < 0 || form.getTravelMinutes() > 1440)) {
			errors.rejectValue("travelMinutes", "range", "Travel time must be between 0 and 1,440 minutes");
		}
		if (form.getLocation() != null && form.getLocation().length() > 300) {
			errors.rejectValue("location", "size", "Where must be 300 characters or fewer");
		}
		if (form.getNotes() != null && form.getNotes().length() > 4000) {
			errors.rejectValue("notes", "size", "Notes must be 4,000 characters or fewer");
		}
		EntryTime time = time(form, errors);
		RecurrenceRule rule = time == null ? null : recurrence(form, time, errors);
		List<Attendee> attendees = attendees(form, office, people, errors);
		Set<UUID> cases = cases(form.getCases(), errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new EntryDetails(form.getKind(), form.getTitle(), time, form.getLocation(), attendees, form.getNotes(),
				form.isPrivateEntry(), form.getTravelMinutes(), cases, rule);
	}

	private static EntryTime time(EntryForm form, BindingResult errors) {
		ZoneId zone;
		try {
			zone = ZoneId.of(form.getZone() == null || form.getZone().isBlank() ? "Europe/London" : form.getZone().strip());
		}
		catch (DateTimeException e) {
			errors.rejectValue("zone", "zone", "Enter a time zone such as Europe/London or Europe/Brussels");
			return null;
		}
		if (form.getDate() == null) {
			errors.rejectValue("date", "required", "Enter the date, like 2026-06-10");
			return null;
		}
		var endDate = form.getEndDate() == null ? form.getDate() : form.getEndDate();
		if (form.isAllDay()) {
			if (endDate.isBefore(form.getDate())) {
				errors.rejectValue("endDate", "order", "The last day must be on or after the first day");
				return null;
			}
			return EntryTime.allDay(form.getDate(), endDate, zone);
		}
		LocalTime start = clock(form.getStartTime(), "startTime", "start", errors);
		LocalTime end = clock(form.getEndTime(), "endTime", "end", errors);
		if (start == null || end == null) {
			return null;
		}
		if (!LocalDateTime.of(endDate, end).isAfter(LocalDateTime.of(form.getDate(), start))) {
			errors.rejectValue("endTime", "order", "The end must be after the start");
			return null;
		}
		return EntryTime.timed(LocalDateTime.of(form.getDate(), start), LocalDateTime.of(endDate, end), zone);
	}

	private static LocalTime clock(String text, String field, String which, BindingResult errors) {
		try {
			return LocalTime.parse(text == null ? "" : text.strip().replace('.', ':'));
		}
		catch (DateTimeException e) {
			errors.rejectValue(field, "time", "Enter the " + which + " time on the 24-hour clock, like 09:30 or 14:00");
			return null;
		}
	}

	private static RecurrenceRule recurrence(EntryForm form, EntryTime time, BindingResult errors) {
		String choice = form.getRepeat() == null ? "NONE" : form.getRepeat();
		if (choice.equals("NONE")) {
			return null;
		}
		String text = choice.equals("CUSTOM") ? form.getRule() : PRESETS.get(choice);
		if (text == null || text.isBlank()) {
			errors.rejectValue("rule", "required", "Enter the repeat rule, such as FREQ=WEEKLY;BYDAY=MO");
			return null;
		}
		if (form.getRepeatUntil() != null) {
			if (form.getRepeatUntil().isBefore(time.start().toLocalDate())) {
				errors.rejectValue("repeatUntil", "order", "The last repeat must be on or after the first day");
				return null;
			}
			text = UNTIL.matcher(text).replaceAll("") + ";UNTIL=" + until(form, time);
		}
		try {
			return RecurrenceRule.parse(text);
		}
		catch (IllegalArgumentException e) {
			errors.rejectValue(choice.equals("CUSTOM") ? "rule" : "repeat", "rule", e.getMessage());
			return null;
		}
	}

	/** RFC 5545: UNTIL is a date for an all-day series, and in UTC for one with a zone. */
	private static String until(EntryForm form, EntryTime time) {
		if (time.allDay()) {
			return DateTimeFormatter.BASIC_ISO_DATE.format(form.getRepeatUntil());
		}
		var lastMoment = form.getRepeatUntil().atTime(LocalTime.of(23, 59, 59)).atZone(time.zone()).withZoneSameInstant(ZoneOffset.UTC);
		return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(lastMoment);
	}

	private static List<Attendee> attendees(EntryForm form, OfficeId office, AttendeeDirectory people, BindingResult errors) {
		var attendees = new ArrayList<Attendee>();
		for (int i = 0; i < form.getAttendees().size(); i++) {
			EntryForm.AttendeeRow row = form.getAttendees().get(i);
			if (row.isBlank()) {
				continue;
			}
			if (tooLong(row.getName()) || tooLong(row.getRole()) || tooLong(row.getOrganisation())) {
				errors.rejectValue("attendees[" + i + "].name", "size", "Attendee " + (i + 1) + ": each detail must be 200 characters or fewer");
				continue;
			}
			try {
				attendees.add(people.attendee(office, row.getName(), row.getEmail(), row.getRole(), row.getOrganisation()));
			}
			catch (IllegalArgumentException e) {
				errors.rejectValue("attendees[" + i + "].name", "required",
						"Attendee " + (i + 1) + ": enter their name (the email is not one of the office's contacts or staff)");
			}
		}
		return attendees;
	}

	private static boolean tooLong(String value) {
		return value != null && value.strip().length() > 200;
	}

	private static Set<UUID> cases(String text, BindingResult errors) {
		var ids = new LinkedHashSet<UUID>();
		if (text == null) {
			return ids;
		}
		for (String line : text.split("[\\r\\n,]+")) {
			if (line.isBlank()) {
				continue;
			}
			Matcher id = UUID_IN_TEXT.matcher(line);
			if (!id.find()) {
				errors.rejectValue("cases", "case", "Paste each case's link (or id) on a line of its own");
				return ids;
			}
			ids.add(UUID.fromString(id.group()));
		}
		return ids;
	}

	/** The form for changing {@code entry}, as it stands. */
	static EntryForm of(DiaryEntry entry, AttendeeDirectory people) {
		EntryDetails details = entry.details();
		var form = new EntryForm();
		form.setKind(details.kind());
		form.setTitle(details.title());
		EntryTime time = details.time();
		form.setAllDay(time.allDay());
		form.setDate(time.start().toLocalDate());
		form.setEndDate(time.lastDay());
		form.setStartTime(time.allDay() ? null : time.start().toLocalTime().toString());
		form.setEndTime(time.allDay() ? null : time.end().toLocalTime().toString());
		form.setZone(time.zone().getId());
		form.setLocation(details.location());
		form.setNotes(details.notes());
		form.setPrivateEntry(details.privateEntry());
		form.setTravelMinutes(details.travelMinutes());
		if (details.recurrence() != null) {
			String rule = UNTIL.matcher(details.recurrence().value()).replaceAll("");
			Matcher until = UNTIL.matcher(details.recurrence().value());
			if (until.find()) {
				form.setRepeatUntil(java.time.LocalDate.parse(until.group(1).substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE));
			}
			form.setRepeat(PRESETS.entrySet().stream().filter(p -> p.getValue().equals(rule)).map(Map.Entry::getKey).findFirst()
					.orElse("CUSTOM"));
			form.setRule(rule);
		}
		form.setCases(String.join("\n", details.cases().stream().map(UUID::toString).sorted().toList()));
		details.attendees().forEach(a -> form.getAttendees()
				.add(new EntryForm.AttendeeRow(a.name(), people.emailOf(a), a.role(), a.organisation())));
		return form.withSpareRows();
	}
}
