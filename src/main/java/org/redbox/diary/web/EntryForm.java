package org.redbox.diary.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.redbox.diary.EntryKind;

/**
 * A diary entry as the add and change pages post it: a day and times (or whole days), how it
 * repeats, who attends (recognised by email), and the cases it is about (their links or ids).
 * {@link EntryFormReader} turns it into entry details or field errors.
 */
public class EntryForm {

	static final int ATTENDEE_ROWS = 4;

	private EntryKind kind = EntryKind.ENGAGEMENT;
	private String title;
	private LocalDate date;
	private String startTime;
	private LocalDate endDate;
	private String endTime;
	private boolean allDay;
	private String zone = "Europe/London";
	private String location;
	private String notes;
	private boolean privateEntry;
	private Integer travelMinutes;
	private String repeat = "NONE";
	private String rule;
	private LocalDate repeatUntil;
	private String cases;
	private List<AttendeeRow> attendees = new ArrayList<>();

	/** One attendee: recognised as a contact or member of staff by email, or kept by name. */
	public static class AttendeeRow {

		private String name;
		private String email;
		private String role;
		private String organisation;

		public AttendeeRow() {
		}

		AttendeeRow(String name, String email, String role, String organisation) {
			this.name = name;
			this.email = email;
			this.role = role;
			this.organisation = organisation;
		}

		boolean isBlank() {
			return (name == null || name.isBlank()) && (email == null || email.isBlank());
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public String getEmail() { return email; }
		public void setEmail(String email) { this.email = email; }
		public String getRole() { return role; }
		public void setRole(String role) { this.role = role; }
		public String getOrganisation() { return organisation; }
		public void setOrganisation(String organisation) { this.organisation = organisation; }
	}

	/** Blank rows up to the usual number, so that attendees can be added without script. */
	EntryForm withSpareRows() {
		while (attendees.size() < ATTENDEE_ROWS || attendees.stream().noneMatch(AttendeeRow::isBlank)) {
			attendees.add(new AttendeeRow());
		}
		return this;
	}

	public EntryKind getKind() { return kind; }
	public void setKind(EntryKind kind) { this.kind = kind; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public LocalDate getDate() { return date; }
	public void setDate(LocalDate date) { this.date = date; }
	public String getStartTime() { return startTime; }
	public void setStartTime(String startTime) { this.startTime = startTime; }
	public LocalDate getEndDate() { return endDate; }
	public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
	public String getEndTime() { return endTime; }
	public void setEndTime(String endTime) { this.endTime = endTime; }
	public boolean isAllDay() { return allDay; }
	public void setAllDay(boolean allDay) { this.allDay = allDay; }
	public String getZone() { return zone; }
	public void setZone(String zone) { this.zone = zone; }
	public String getLocation() { return location; }
	public void setLocation(String location) { this.location = location; }
	public String getNotes() { return notes; }
	public void setNotes(String notes) { this.notes = notes; }
	public boolean isPrivateEntry() { return privateEntry; }
	public void setPrivateEntry(boolean privateEntry) { this.privateEntry = privateEntry; }
	public Integer getTravelMinutes() { return travelMinutes; }
	public void setTravelMinutes(Integer travelMinutes) { this.travelMinutes = travelMinutes; }
	public String getRepeat() { return repeat; }
	public void setRepeat(String repeat) { this.repeat = repeat; }
	public String getRule() { return rule; }
	public void setRule(String rule) { this.rule = rule; }
	public LocalDate getRepeatUntil() { return repeatUntil; }
	public void setRepeatUntil(LocalDate repeatUntil) { this.repeatUntil = repeatUntil; }
	public String getCases() { return cases; }
	public void setCases(String cases) { this.cases = cases; }
	public List<AttendeeRow> getAttendees() { return attendees; }
	public void setAttendees(List<AttendeeRow> attendees) { this.attendees = attendees; }
}
