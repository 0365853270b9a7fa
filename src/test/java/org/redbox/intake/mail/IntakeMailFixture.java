package org.redbox.intake.mail;

import org.redbox.shared.OfficeId;

import com.icegreen.greenmail.util.GreenMail;

/**
 * For tests outside this package: an office mailbox on the test GreenMail server, and a message
 * waiting in its quarantine folder after a failure that a retry can get past.
 */
public class IntakeMailFixture {

	private final GreenMail greenMail;
	private final Mailboxes mailboxes;
	private final MailQuarantine quarantine;
	private ImapTestAccount account;

	public IntakeMailFixture(GreenMail greenMail, Mailboxes mailboxes, MailQuarantine quarantine) {
		this.greenMail = greenMail;
		this.mailboxes = mailboxes;
		this.quarantine = quarantine;
	}

	public Mailbox mailbox(OfficeId office) {
		account = GreenMailAccounts.fresh(greenMail);
		return mailboxes.add(office, account.mailbox("Correspondence"));
	}

	/** A good message in the quarantine folder, recorded as having taken too long to read (as on a busy day). */
	public QuarantinedMail quarantinedAfterATransientFailure(Mailbox mailbox, String from, String subject) {
		String raw = TestMessages.plain(from, subject, "Please look at this again.");
		account.appendTo("Redbox/Quarantine", raw);
		return quarantine.record(mailbox, MailKeys.of(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				new UnprocessableMail("Reading the message took longer than 30 seconds"),
				MailParser.summarise(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	/** Sends every acknowledgement owed, so that none waits behind another test's (the outbox sends 100 at a time). */
	/**
	 * The Transport office: tests that log many cases log them there, so that the Mayor's office's
	 * workstacks, which other tests read on an accumulating PostgreSQL database, stay short.
	 */
	public static OfficeId quietOffice(org.redbox.directory.DirectoryManagement directory) {
		return directory.offices().stream().filter(o -> o.code().equals("TRN")).findFirst().orElseThrow().id();
	}

	public static void sendAllOwed(org.redbox.intake.acknowledgement.AcknowledgementMailer mailer) {
		for (int round = 0; round < 1000 && mailer.sendPending() > 0; round++) {
			// until the outbox is empty
		}
	}

	public java.util.List<String> subjects(String folder) {
		return account.subjects(folder);
	}

	public int count(String folder) {
		return account.count(folder);
	}
}
