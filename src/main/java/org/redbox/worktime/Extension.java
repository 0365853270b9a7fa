package org.redbox.worktime;

/**
 * More time, in the unit of the case's rule (working days, or months for subject access),
 * with the reason given. An extension is always positive: a deadline is never shortened.
 */
public record Extension(int amount, String reason) {

	public Extension {
		if (amount < 1) {
			throw new IllegalArgumentException("An extension must add time: a deadline is never shortened");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("An extension needs a reason");
		}
	}
}
