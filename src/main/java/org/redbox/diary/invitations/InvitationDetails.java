package org.redbox.diary.invitations;

import java.time.LocalDate;

import org.redbox.diary.EntryTime;

/**
 * What an invitation says: the event, when (wall-clock time with its zone) and where, who
 * organises it, what the principal is asked to do, how many will be there, whether the media
 * will, which other VIPs are coming, whether a deputy would do, and when the organiser wants an
 * answer. Each refusal names the field, for the page to show.
 *
 * @param ward the ward or constituency the event is in, if known
 * @param audienceSize the expected audience; {@code null} when not known
 * @param replyBy the date the organiser asks for a reply by; {@code null} when none
 */
public record InvitationDetails(String eventName, EntryTime time, String venue, String ward, String organiser,
		InvitationRole role, Integer audienceSize, boolean mediaPresent, String otherVips, boolean deputyAcceptable,
		LocalDate replyBy) {

	public static final int LARGEST_AUDIENCE = 1_000_000;

	public InvitationDetails {
		if (eventName == null || eventName.isBlank()) {
			throw new IllegalArgumentException("Enter the name of the event");
		}
		if (time == null) {
			throw new IllegalArgumentException("Enter when the event starts and ends");
		}
		if (time.allDay()) {
			throw new IllegalArgumentException("Enter the event's start and end times");
		}
		if (role == null) {
			throw new IllegalArgumentException("Choose what the principal is asked to do");
		}
		if (audienceSize != null && (audienceSize < 0 || audienceSize > LARGEST_AUDIENCE)) {
			throw new IllegalArgumentException("The audience is a number from 0 to 1,000,000");
		}
		if (replyBy != null && replyBy.isAfter(time.start().toLocalDate())) {
			throw new IllegalArgumentException("The reply-by date cannot be after the event");
		}
		eventName = limit(eventName, 200, "event name");
		venue = limit(venue, 300, "venue");
		ward = limit(ward, 200, "ward");
		organiser = limit(organiser, 300, "organiser");
		otherVips = limit(otherVips, 1000, "other VIPs");
	}

	public LocalDate eventDate() {
		return time.start().toLocalDate();
	}

	private static String limit(String value, int max, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new IllegalArgumentException("The " + field + " is at most " + max + " characters");
		}
		return stripped;
	}
}
