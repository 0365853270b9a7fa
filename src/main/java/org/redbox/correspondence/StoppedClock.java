package org.redbox.correspondence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.redbox.worktime.ClockStop;

/** A time a case's clock stood still; {@code resumedOn} is null while it still does. */
@Embeddable
public record StoppedClock(@Column(name = "stopped_on") LocalDate stoppedOn, @Column(name = "resumed_on") LocalDate resumedOn,
		@Column(name = "reason") String reason) {

	public boolean isOpen() {
		return resumedOn == null;
	}

	StoppedClock resumedOn(LocalDate date) {
		return new StoppedClock(stoppedOn, date, reason);
	}

	public ClockStop asClockStop() {
		return new ClockStop(stoppedOn, resumedOn, reason);
	}
}
