package org.redbox.diary.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.redbox.diary.EntryTime;
import org.redbox.diary.invitations.InvitationDetails;
import org.redbox.diary.invitations.InvitationRole;

/**
 * An invitation's details as its page posts them: every field is text, so nothing fails to
 * bind, and {@link #read()} turns them into details or says, in words, which one is wrong.
 */
public class InvitationForm {

	private String eventName;
	private String date;
	private String startTime = "18:00";
	private String endTime = "20:00";
	private String zone = EntryTime.LONDON.getId();
	private String venue;
	private String ward;
	private String organiser;
	private String role = InvitationRole.GUEST.name();
	private String audienceSize;
	private boolean mediaPresent;
	private String otherVips;
	private boolean deputyAcceptable;
	private String replyBy;

	static InvitationForm of(InvitationDetails d) {
		var form = new InvitationForm();
		form.eventName = d.eventName();
		form.date = d.eventDate().toString();
		form.startTime = d.time().start().toLocalTime().toString();
		form.endTime = d.time().end().toLocalTime().toString();
		form.zone = d.time().zone().getId();
		form.venue = d.venue();
		form.ward = d.ward();
		form.organiser = d.organiser();
		form.role = d.role().name();
		form.audienceSize = d.audienceSize() == null ? null : d.audienceSize().toString();
		form.mediaPresent = d.mediaPresent();
		form.otherVips = d.otherVips();
		form.deputyAcceptable = d.deputyAcceptable();
		form.replyBy = d.replyBy() == null ? null : d.replyBy().toString();
		return form;
	}

	/** @throws IllegalArgumentException naming the field that is wrong and how to put it right */
	InvitationDetails read() {
		LocalDate day = date("the event's date", date, true);
		LocalTime start = time("start", startTime);
		LocalTime end = time("end", endTime);
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("The event must end after it starts");
		}
		ZoneId zoneId;
		try {
			zoneId = ZoneId.of(zone == null || zone.isBlank() ? EntryTime.LONDON.getId() : zone.strip());
		}
		catch (java.time.DateTimeException e) {
			throw new IllegalArgumentException("Enter a time zone such as Europe/London");
		}
		InvitationRole asked;
		try {
			asked = InvitationRole.valueOf(role == null ? "" : role.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Choose what the principal is asked to do");
		}
		return new InvitationDetails(eventName, EntryTime.timed(LocalDateTime.of(day, start), LocalDateTime.of(day, end), zoneId),
				venue, ward, organiser, asked, audience(), mediaPresent, otherVips, deputyAcceptable, date("the reply-by date", replyBy, false));
	}

	private Integer audience() {
		if (audienceSize == null || audienceSize.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(audienceSize.strip().replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("The audience is a number, like 250");
		}
	}

	private static LocalDate date(String what, String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new IllegalArgumentException("Enter " + what + ", like 2026-06-10");
			}
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Enter " + what + " as a date, like 2026-06-10");
		}
	}

	private static LocalTime time(String which, String value) {
		try {
			return LocalTime.parse(value == null ? "" : value.strip());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Enter the " + which + " time on the 24-hour clock, like 18:30");
		}
	}

	public String getEventName() {
		return eventName;
	}

	public void setEventName(String eventName) {
		this.eventName = eventName;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getStartTime() {
		return startTime;
	}

	public void setStartTime(String startTime) {
		this.startTime = startTime;
	}

	public String getEndTime() {
		return endTime;
	}

	public void setEndTime(String endTime) {
		this.endTime = endTime;
	}

	public String getZone() {
		return zone;
	}

	public void setZone(String zone) {
		this.zone = zone;
	}

	public String getVenue() {
		return venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public String getWard() {
		return ward;
	}

	public void setWard(String ward) {
		this.ward = ward;
	}

	public String getOrganiser() {
		return organiser;
	}

	public void setOrganiser(String organiser) {
		this.organiser = organiser;
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	public String getAudienceSize() {
		return audienceSize;
	}

	public void setAudienceSize(String audienceSize) {
		this.audienceSize = audienceSize;
	}

	public boolean isMediaPresent() {
		return mediaPresent;
	}

	public void setMediaPresent(boolean mediaPresent) {
		this.mediaPresent = mediaPresent;
	}

	public String getOtherVips() {
		return otherVips;
	}

	public void setOtherVips(String otherVips) {
		this.otherVips = otherVips;
	}

	public boolean isDeputyAcceptable() {
		return deputyAcceptable;
	}

	public void setDeputyAcceptable(boolean deputyAcceptable) {
		this.deputyAcceptable = deputyAcceptable;
	}

	public String getReplyBy() {
		return replyBy;
	}

	public void setReplyBy(String replyBy) {
		this.replyBy = replyBy;
	}
}
