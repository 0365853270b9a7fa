package org.redbox.diary.internal;

/** An iCalendar file or resource that cannot become diary entries, with the reason a person can act on. */
public class IcsProblem extends IllegalArgumentException {

	public IcsProblem(String message) {
		super(message);
	}
}
