package org.redbox.briefings.internal;

/** No briefing by that id that the person may see: shown as "not found", so nobody learns it exists. */
public class BriefingNotFound extends RuntimeException {

	public BriefingNotFound() {
		super("No such briefing");
	}
}
