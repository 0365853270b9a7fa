package org.redbox.intake.mail;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.springframework.data.domain.AbstractAggregateRoot;

/** One IMAP mailbox of an office, read by the poller while it is enabled. */
@Entity
@Table(name = "intake_mailbox")
public class Mailbox extends AbstractAggregateRoot<Mailbox> {

	@Id
	private UUID id;
	@Column(name = "office_id")
	private UUID officeId;
	private String name;
	private String host;
	private int port;
	@Enumerated(EnumType.STRING)
	private MailboxSecurity security;
	private String username;
	@Column(name = "secret_name")
	private String secretName;
	private String folder;
	@Column(name = "processed_folder")
	private String processedFolder;
	@Column(name = "quarantine_folder")
	private String quarantineFolder;
	private boolean enabled;
	@Column(name = "last_polled_at")
	private Instant lastPolledAt;
	@Column(name = "last_error")
	private String lastError;
	@Column(name = "created_at")
	private Instant createdAt;

	protected Mailbox() {
	}

	Mailbox(OfficeId office, MailboxDetails details, Instant now) {
		this.id = UUID.randomUUID();
		this.officeId = office.value();
		this.enabled = true;
		this.createdAt = now;
		change(details);
	}

	void change(MailboxDetails details) {
		name = details.name();
		host = details.host();
		port = details.port();
		security = details.security();
		username = details.username();
		secretName = details.secretName();
		folder = details.folder();
		processedFolder = details.processedFolder();
		quarantineFolder = details.quarantineFolder();
	}

	/** Changes the details; nothing happens, and nothing is audited, when they are the same. */
	void change(MailboxDetails details, Actor by, Instant now) {
		String changes = MailboxDetails.differences(details(), details);
		if (!changes.isEmpty()) {
			change(details);
			registerEvent(new MailboxEvent.Changed(id, office(), changes, by, now));
		}
	}

	void enable(boolean on) {
		enabled = on;
	}

	void enable(boolean on, Actor by, Instant now) {
		if (enabled != on) {
			enabled = on;
			registerEvent(new MailboxEvent.Switched(id, office(), name, on, by, now));
		}
	}

	void polled(Instant at, String error) {
		lastPolledAt = at;
		lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
	}

	public UUID id() {
		return id;
	}

	public OfficeId office() {
		return new OfficeId(officeId);
	}

	public MailboxDetails details() {
		return new MailboxDetails(name, host, port, security, username, secretName, folder, processedFolder,
				quarantineFolder);
	}

	public String name() {
		return name;
	}

	public boolean enabled() {
		return enabled;
	}

	public Instant lastPolledAt() {
		return lastPolledAt;
	}

	public String lastError() {
		return lastError;
	}
}
