package org.redbox.directory;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's time in a principal's post: from a date, until a date or still in post. */
@Entity
@Table(name = "tenure")
public class Tenure {

	@Id
	private UUID id;
	@Column(name = "holder_name")
	private String holderName;
	@Column(name = "staff_id")
	private UUID staffId;
	@Column(name = "starts_on")
	private LocalDate startsOn;
	@Column(name = "ends_on")
	private LocalDate endsOn;

	protected Tenure() {
	}

	Tenure(String holderName, UUID staffId, LocalDate startsOn) {
		this.id = UUID.randomUUID();
		this.holderName = holderName;
		this.staffId = staffId;
		this.startsOn = startsOn;
	}

	public boolean coversDate(LocalDate date) {
		return !date.isBefore(startsOn) && (endsOn == null || !date.isAfter(endsOn));
	}

	public boolean isOpen() {
		return endsOn == null;
	}

	void endOn(LocalDate date) {
		this.endsOn = date;
	}

	public String holderName() {
		return holderName;
	}

	public UUID staffId() {
		return staffId;
	}

	public LocalDate startsOn() {
		return startsOn;
	}

	public LocalDate endsOn() {
		return endsOn;
	}
}
