package org.redbox.worktime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.redbox.shared.Actor;
import org.redbox.shared.AuditableEvent;
import org.redbox.shared.OfficeId;

/** A day was proclaimed a bank holiday in a region ({@code added}), or a holiday there withdrawn. */
public record BankHolidaysChanged(UUID changeId, HolidayRegion region, LocalDate date, boolean added, String name,
		String reason, Actor actor, Instant occurredAt) implements AuditableEvent {

	@Override
	public OfficeId officeId() {
		return null;
	}

	@Override
	public String recordType() {
		return "BankHoliday";
	}

	@Override
	public String recordId() {
		return changeId.toString();
	}

	@Override
	public String summary() {
		return (added ? "Added bank holiday " : "Withdrew bank holiday ") + date + " " + name + " in "
				+ region.displayName() + ": " + reason;
	}
}
