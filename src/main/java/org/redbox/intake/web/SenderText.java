package org.redbox.intake.web;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** A From header as recorded with a quarantined message, split into name and address where it can be. */
record SenderText(String name, String address) {

	static SenderText of(String from) {
		if (from == null || from.isBlank()) {
			return new SenderText(null, null);
		}
		try {
			InternetAddress[] parsed = InternetAddress.parseHeader(from, false);
			if (parsed.length > 0 && parsed[0].getAddress() != null && parsed[0].getAddress().contains("@")) {
				return new SenderText(parsed[0].getPersonal(), parsed[0].getAddress());
			}
		}
		catch (AddressException unreadable) {
			// fall through: staff read it from the message itself
		}
		return new SenderText(null, null);
	}
}
