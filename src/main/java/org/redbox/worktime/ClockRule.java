package org.redbox.worktime;

import org.redbox.shared.Jurisdiction;

/**
 * How one kind of case's deadline is counted.
 *
 * @param unit working days, or calendar months (subject access)
 * @param amount how many
 * @param calendar whose bank holidays are skipped
 * @param acknowledgementDays working days to acknowledge, or {@code null} when no acknowledgement is due
 * @param countsFromAcknowledgement the response is counted from the acknowledgement, not from receipt (complaints)
 * @param maxExtension the most the deadline may be extended in total, in {@code unit}; {@code null} for no limit
 */
public record ClockRule(ClockType type, Unit unit, int amount, CalendarChoice calendar, Integer acknowledgementDays,
		boolean countsFromAcknowledgement, Integer maxExtension) {

	public enum Unit {
		WORKING_DAYS, CALENDAR_MONTHS
	}

	/** Whose holidays count. */
	public enum CalendarChoice {
		/** The office's own jurisdiction. */
		OFFICE,
		/** FOIA s10(6): a bank holiday anywhere in the UK; FOISA in Scotland counts Scotland's only. */
		FREEDOM_OF_INFORMATION
	}

	public ClockRule {
		if (amount < 1) {
			throw new IllegalArgumentException(type + ": the deadline must be at least 1");
		}
		if (maxExtension != null && maxExtension < 0) {
			throw new IllegalArgumentException(type + ": the maximum extension cannot be negative");
		}
	}

	public HolidayRegion regionFor(Jurisdiction office) {
		if (calendar == CalendarChoice.FREEDOM_OF_INFORMATION && office != Jurisdiction.SCOTLAND) {
			return HolidayRegion.ALL_UK;
		}
		return HolidayRegion.of(office);
	}

	ClockRule with(Integer newAmount, Integer newMaxExtension, Integer newAcknowledgementDays) {
		return new ClockRule(type, unit, newAmount == null ? amount : newAmount, calendar,
				newAcknowledgementDays == null ? acknowledgementDays : newAcknowledgementDays, countsFromAcknowledgement,
				newMaxExtension == null ? maxExtension : newMaxExtension);
	}

	/** The rule in words, e.g. "20 working days after receipt, skipping bank holidays in every part of the UK". */
	public String describe(HolidayRegion region) {
		String what = amount + (unit == Unit.WORKING_DAYS ? " working day" + (amount == 1 ? "" : "s")
				: " calendar month" + (amount == 1 ? "" : "s"));
		String from = countsFromAcknowledgement ? "after the acknowledgement" : "after receipt";
		String skipping = unit == Unit.WORKING_DAYS ? ", skipping weekends and bank holidays in " + region.displayName()
				: ", moved to the next working day in " + region.displayName() + " if it falls on a weekend or bank holiday";
		String ack = acknowledgementDays == null ? "" : "; acknowledge within " + acknowledgementDays + " working days";
		String ext = maxExtension == null ? "" : "; extendable by up to " + maxExtension
				+ (unit == Unit.WORKING_DAYS ? " working days" : " months");
		return type.displayName() + ": " + what + " " + from + skipping + ack + ext;
	}
}
