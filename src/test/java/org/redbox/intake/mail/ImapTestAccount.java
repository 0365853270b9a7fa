package org.redbox.intake.mail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

/**
 * A test's account on an IMAP server (GreenMail or Dovecot), used as a mail client would: raw
 * messages are put in with APPEND, exactly as written (broken ones included), and folders are read
 * back to see where the poller left each message.
 */
record ImapTestAccount(String host, int port, String username, String password) {

	/** The property the mailbox names as its secret; tests set it to the account's password. */
	static final String SECRET_PROPERTY = "redbox.test.imap-secret";

	MailboxDetails mailbox(String name) {
		System.setProperty(SECRET_PROPERTY, password);
		return new MailboxDetails(name, host, port, MailboxSecurity.NONE, username, SECRET_PROPERTY, "INBOX",
				"Redbox/Processed", "Redbox/Quarantine");
	}

	void append(String... rawMessages) {
		List<byte[]> raw = new ArrayList<>();
		for (String message : rawMessages) {
			raw.add(message.getBytes(StandardCharsets.UTF_8));
		}
		appendRaw(raw);
	}

	void appendRaw(List<byte[]> rawMessages) {
		withStore(store -> {
			Folder inbox = store.getFolder("INBOX");
			Session session = Session.getInstance(new Properties());
			List<Message> messages = new ArrayList<>();
			for (byte[] raw : rawMessages) {
				messages.add(new MimeMessage(session, new ByteArrayInputStream(raw)));
			}
			inbox.appendMessages(messages.toArray(Message[]::new));
			return null;
		});
	}

	void appendTo(String folder, String raw) {
		withStore(store -> {
			Folder target = store.getFolder(folder);
			if (!target.exists()) {
				target.create(Folder.HOLDS_MESSAGES);
			}
			target.appendMessages(new Message[] { new MimeMessage(Session.getInstance(new Properties()),
					new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))) });
			return null;
		});
	}

	int count(String folder) {
		return withStore(store -> {
			Folder f = store.getFolder(folder);
			return f.exists() ? f.getMessageCount() : 0;
		});
	}

	/** The subjects of the messages in a folder, oldest first. */
	List<String> subjects(String folder) {
		return withStore(store -> {
			Folder f = store.getFolder(folder);
			if (!f.exists()) {
				return List.of();
			}
			f.open(Folder.READ_ONLY);
			try {
				List<String> subjects = new ArrayList<>();
				for (Message m : f.getMessages()) {
					subjects.add(m.getSubject());
				}
				return subjects;
			}
			finally {
				f.close(false);
			}
		});
	}

	/** Empties the folders Redbox uses, for a server whose account outlives the test (Dovecot). */
	void empty() {
		withStore(store -> {
			for (String name : List.of("INBOX", "Redbox/Processed", "Redbox/Quarantine")) {
				Folder f = store.getFolder(name);
				if (f.exists()) {
					f.open(Folder.READ_WRITE);
					for (Message m : f.getMessages()) {
						m.setFlag(jakarta.mail.Flags.Flag.DELETED, true);
					}
					f.close(true);
				}
			}
			return null;
		});
	}

	private <T> T withStore(StoreWork<T> work) {
		try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
			store.connect(host, port, username, password);
			return work.apply(store);
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	interface StoreWork<T> {
		T apply(Store store) throws MessagingException;
	}
}
