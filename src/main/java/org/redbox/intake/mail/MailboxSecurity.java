package org.redbox.intake.mail;

/** How the connection to an IMAP server is protected. */
public enum MailboxSecurity {

	/** IMAP over TLS from the start (usually port 993). */
	TLS("TLS (IMAPS)"),
	/** Plain IMAP upgraded with STARTTLS, which is then required (usually port 143). */
	STARTTLS("STARTTLS"),
	/** No encryption: only for a server on the same machine or a trusted network. */
	NONE("None (local server only)");

	private final String displayName;

	MailboxSecurity(String displayName) {
		this.displayName = displayName;
	}

	public String displayName() {
		return displayName;
	}
}
