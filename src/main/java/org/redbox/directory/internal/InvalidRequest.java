package org.redbox.directory.internal;

/** A request the directory refuses, naming the form field at fault so the page can show it there. */
public class InvalidRequest extends RuntimeException {

	private final String field;

	public InvalidRequest(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
