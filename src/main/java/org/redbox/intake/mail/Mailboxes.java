package org.redbox.intake.mail;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The offices' mailboxes: set up, changed, switched on and off. Callers check who may do so. */
@Service
public class Mailboxes {

	private final MailboxRepository mailboxes;
	private final Clock clock;

	Mailboxes(MailboxRepository mailboxes, Clock clock) {
		this.mailboxes = mailboxes;
		this.clock = clock;
	}

	@Transactional
	public Mailbox add(OfficeId office, MailboxDetails details) {
		return mailboxes.save(new Mailbox(office, details, clock.instant()));
	}

	/** Changes where the mailbox is, how to sign in and its folders, and switches it on or off; audited. */
	@Transactional
	public void change(UUID id, MailboxDetails details, boolean on, Actor by) {
		Mailbox mailbox = mailboxes.findById(id).orElseThrow(() -> new IllegalArgumentException("No such mailbox"));
		mailbox.change(details, by, clock.instant());
		mailbox.enable(on, by, clock.instant());
		mailboxes.save(mailbox);
	}

	/** Switches the mailbox on or off; audited. */
	@Transactional
	public void enable(UUID id, boolean on, Actor by) {
		mailboxes.findById(id).ifPresent(m -> {
			m.enable(on, by, clock.instant());
			mailboxes.save(m);
		});
	}

	@Transactional
	public void enable(UUID id, boolean on) {
		mailboxes.findById(id).ifPresent(m -> m.enable(on));
	}

	@Transactional(readOnly = true)
	public Optional<Mailbox> find(UUID id) {
		return mailboxes.findById(id);
	}

	@Transactional(readOnly = true)
	public List<Mailbox> of(OfficeId office) {
		return mailboxes.findByOfficeIdOrderByName(office.value());
	}

	@Transactional(readOnly = true)
	List<Mailbox> enabled() {
		return mailboxes.findByEnabledTrue();
	}

	@Transactional
	void polled(UUID id, String error) {
		mailboxes.findById(id).ifPresent(m -> m.polled(clock.instant(), error));
	}
}
