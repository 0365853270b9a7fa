package org.redbox.correspondence;

/** How an item reached the office. */
public enum Channel {

	EMAIL("Email"), LETTER("Letter"), WEB_FORM("Web form"), PHONE("Phone call"), IN_PERSON("In person");

	private final String displayName;

	Channel(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}
}
