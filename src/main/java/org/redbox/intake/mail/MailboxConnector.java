package org.redbox.intake.mail;

import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Signs in to a mailbox's IMAP server, with the password read from the environment variable (or
 * property) the mailbox names, and timeouts so a silent server cannot hold the poller.
 */
@Component
class MailboxConnector {

	private final Environment environment;
	private final MailIntakeSettings settings;

	MailboxConnector(Environment environment, MailIntakeSettings settings) {
		this.environment = environment;
		this.settings = settings;
	}

	Store connect(MailboxDetails mailbox) throws MessagingException {
		return connect(mailbox, settings.connectionTimeout());
	}

	/** With reads allowed to wait {@code readTimeout}: an IDLE connection is silent until mail arrives. */
	Store connect(MailboxDetails mailbox, java.time.Duration readTimeout) throws MessagingException {
		String secret = environment.getProperty(mailbox.secretName());
		if (secret == null) {
			throw new MessagingException("The environment variable " + mailbox.secretName()
					+ " that should hold this mailbox's password is not set");
		}
		String protocol = mailbox.security() == MailboxSecurity.TLS ? "imaps" : "imap";
		Store store = Session.getInstance(properties(protocol, mailbox.security(), readTimeout)).getStore(protocol);
		store.connect(mailbox.host(), mailbox.port(), mailbox.username(), secret);
		return store;
	}

	private Properties properties(String protocol, MailboxSecurity security, java.time.Duration readTimeout) {
		String timeout = String.valueOf(settings.connectionTimeout().toMillis());
		String prefix = "mail." + protocol + ".";
		Properties properties = new Properties();
		properties.put(prefix + "connectiontimeout", timeout);
		properties.put(prefix + "timeout", String.valueOf(readTimeout.toMillis()));
		properties.put(prefix + "writetimeout", timeout);
		// One FETCH for the whole message rather than many 16 KB pieces; the size is checked before.
		properties.put(prefix + "partialfetch", "false");
		properties.put(prefix + "ssl.checkserveridentity", "true");
		if (security == MailboxSecurity.STARTTLS) {
			properties.put(prefix + "starttls.enable", "true");
			properties.put(prefix + "starttls.required", "true");
		}
		properties.put("mail.mime.allowutf8", "true");
		return properties;
	}
}
