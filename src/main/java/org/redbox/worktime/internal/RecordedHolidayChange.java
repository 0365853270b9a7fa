package org.redbox.worktime.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.redbox.shared.Actor;
import org.redbox.shared.SecurityMarking;
import org.redbox.worktime.BankHolidaysChanged;
import org.redbox.worktime.HolidayRegion;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A change to a region's bank holidays, recorded by an administrator with a reason. */
@Entity
@Table(name = "holiday_change")
public class RecordedHolidayChange extends AbstractAggregateRoot<RecordedHolidayChange> {

	@Id
	private UUID id;
	@Enumerated(EnumType.STRING)
	private HolidayRegion region;
	@Column(name = "holiday_date")
	private LocalDate date;
	@Enumerated(EnumType.STRING)
	private HolidayChange.Kind kind;
	private String name;
	private String reason;
	@Column(name = "recorded_at")
	private Instant recordedAt;
	@Column(name = "recorded_by")
	private String recordedBy;
	@Embedded
	private SecurityMarking marking;

	protected RecordedHolidayChange() {
	}

	static RecordedHolidayChange record(HolidayChange change, String reason, Actor by, Instant now) {
		if (change.region() == HolidayRegion.ALL_UK) {
			throw new IllegalArgumentException("Record the change for the jurisdiction it belongs to; all-UK follows");
		}
		var recorded = new RecordedHolidayChange();
		recorded.id = UUID.randomUUID();
		recorded.region = change.region();
		recorded.date = change.date();
		recorded.kind = change.kind();
		recorded.name = change.name().strip();
		recorded.reason = reason.strip();
		recorded.recordedAt = now;
		recorded.recordedBy = by.name();
		recorded.marking = SecurityMarking.OFFICIAL;
		recorded.registerEvent(new BankHolidaysChanged(recorded.id, change.region(), change.date(),
				change.kind() == HolidayChange.Kind.ADDED, recorded.name, recorded.reason, by, now));
		return recorded;
	}

	public HolidayChange change() {
		return new HolidayChange(region, date, kind, name);
	}

	public UUID id() {
		return id;
	}

	public String reason() {
		return reason;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public String recordedBy() {
		return recordedBy;
	}
}
