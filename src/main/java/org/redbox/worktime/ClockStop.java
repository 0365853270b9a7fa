package org.redbox.worktime;

import java.time.LocalDate;

/**
 * A time the clock stood still (a fee or clarification awaited, identity not yet proved).
 * The clock runs on the day it stopped and starts again the day after it resumed.
 *
 * @param resumedOn {@code null} while still stopped
 */
public record ClockStop(LocalDate stoppedOn, LocalDate resumedOn, String reason) {

	public ClockStop {
		if (stoppedOn == null) {
			throw new IllegalArgumentException("A clock stop needs the day it stopped");
		}
		if (resumedOn != null && resumedOn.isBefore(stoppedOn)) {
			throw new IllegalArgumentException("A clock cannot resume (" + resumedOn + ") before it stopped (" + stoppedOn + ")");
		}
	}

	public boolean isOpen() {
		return resumedOn == null;
	}
}
