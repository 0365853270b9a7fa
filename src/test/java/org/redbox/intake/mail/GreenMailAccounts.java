package org.redbox.intake.mail;

import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;

/** A fresh account on the test GreenMail server for each test, so tests never see each other's mail. */
final class GreenMailAccounts {

	private GreenMailAccounts() {
	}

	static ImapTestAccount fresh(GreenMail greenMail) {
		String user = "intake-" + UUID.randomUUID().toString().substring(0, 8);
		greenMail.setUser(user + "@exampleton.gov.uk", user, "secret");
		return new ImapTestAccount("127.0.0.1", greenMail.getImap().getPort(), user, "secret");
	}
}
