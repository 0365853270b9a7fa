package org.redbox.diary;

/** What a diary entry is. A hold is tentative: it shows as such in the feed. */
public enum EntryKind {

	ENGAGEMENT("Engagement"), MEETING("Meeting"), TRAVEL("Travel"), HOLD("Hold (tentative)"), PROTECTED("Protected time");

	private final String displayName;

	EntryKind(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}
}
