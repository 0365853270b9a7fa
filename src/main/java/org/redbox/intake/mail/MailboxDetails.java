package org.redbox.intake.mail;

import java.util.regex.Pattern;

/**
 * Where an office's mailbox is and how to sign in to it. The password is not here: {@code secretName}
 * names the environment variable (or application property) that holds it, so it never reaches
 * the database or a page.
 */
public record MailboxDetails(String name, String host, int port, MailboxSecurity security, String username,
		String secretName, String folder, String processedFolder, String quarantineFolder) {

	private static final Pattern SECRET_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\-]{0,199}");

	public MailboxDetails {
		require(name, "A mailbox needs a name");
		require(host, "A mailbox needs the IMAP server's host name");
		require(username, "A mailbox needs the user name to sign in with");
		require(secretName, "A mailbox needs the name of the environment variable that holds its password");
		if (!SECRET_NAME.matcher(secretName.strip()).matches()) {
			throw new IllegalArgumentException(
					"The secret's name is the name of an environment variable, like REDBOX_MAIL_PASSWORD, not the password");
		}
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("The port must be between 1 and 65535");
		}
		security = security == null ? MailboxSecurity.TLS : security;
		folder = orDefault(folder, "INBOX");
		processedFolder = orDefault(processedFolder, "Redbox/Processed");
		quarantineFolder = orDefault(quarantineFolder, "Redbox/Quarantine");
		if (folder.equalsIgnoreCase(processedFolder) || folder.equalsIgnoreCase(quarantineFolder)
				|| processedFolder.equalsIgnoreCase(quarantineFolder)) {
			throw new IllegalArgumentException("The folder read, the processed folder and the quarantine folder must differ");
		}
		name = name.strip();
		host = host.strip();
		username = username.strip();
		secretName = secretName.strip();
	}

	/** What differs from {@code before} to {@code after}, for the audit trail: "host a to b; port 993 to 143". */
	static String differences(MailboxDetails before, MailboxDetails after) {
		var changes = new java.util.ArrayList<String>();
		difference(changes, "name", before.name, after.name);
		difference(changes, "host", before.host, after.host);
		difference(changes, "port", before.port, after.port);
		difference(changes, "connection", before.security.displayName(), after.security.displayName());
		difference(changes, "user name", before.username, after.username);
		difference(changes, "password variable", before.secretName, after.secretName);
		difference(changes, "folder", before.folder, after.folder);
		difference(changes, "processed folder", before.processedFolder, after.processedFolder);
		difference(changes, "quarantine folder", before.quarantineFolder, after.quarantineFolder);
		return String.join("; ", changes);
	}

	private static void difference(java.util.List<String> changes, String what, Object before, Object after) {
		if (!before.equals(after)) {
			changes.add(what + " " + before + " to " + after);
		}
	}

	private static void require(String value, String message) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(message);
		}
	}

	private static String orDefault(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.strip();
	}
}
