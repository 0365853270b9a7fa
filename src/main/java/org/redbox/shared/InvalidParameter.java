package org.redbox.shared;

/**
 * A request parameter that is missing or wrong. API endpoints answer it with a 400 problem
 * (RFC 9457) whose {@code parameter} property names the parameter, and change nothing.
 */
public class InvalidParameter extends RuntimeException {

	private final String parameter;

	public InvalidParameter(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	public String parameter() {
		return parameter;
	}
}
