package org.redbox.intake.mail;

/** A message that cannot become a case as it is; the message says why, in words staff understand. */
public class UnprocessableMail extends Exception {

	public UnprocessableMail(String reason) {
		super(reason);
	}

	public UnprocessableMail(String reason, Throwable cause) {
		super(reason, cause);
	}
}
