package org.redbox.intake.form;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.IncomingCorrespondence;
import org.redbox.correspondence.IncomingCorrespondence.LoggedCase;
import org.redbox.correspondence.NewCase;
import org.redbox.intake.acknowledgement.Acknowledgements;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a message sent through the public web form into a general case at triage, received today,
 * with the writer matched to the office's contacts (or added) and an acknowledgement owed to them —
 * all in one transaction, so a message is logged and acknowledged together or not at all.
 */
@Service
public class WebFormIntake {

	/** Who the case's timeline says logged it. */
	static final Actor WEB_FORM = Actor.anonymous("Web form");

	private final IncomingCorrespondence incoming;
	private final ContactManagement contacts;
	private final Acknowledgements acknowledgements;
	private final SubmissionRateLimit rateLimit;
	private final Clock clock;

	WebFormIntake(IncomingCorrespondence incoming, ContactManagement contacts, Acknowledgements acknowledgements,
			SubmissionRateLimit rateLimit, Clock clock) {
		this.incoming = incoming;
		this.contacts = contacts;
		this.acknowledgements = acknowledgements;
		this.rateLimit = rateLimit;
		this.clock = clock;
	}

	/**
	 * Logs {@code message} for {@code office}, sent from {@code client}; the caller has checked the rate limit.
	 *
	 * @return the case, and whether an acknowledgement is on its way (not to a no-reply address, say)
	 */
	@Transactional
	public Submitted submit(OfficeId office, WrittenMessage message, String client) {
		rateLimit.count(message.email(), client);
		var writer = contacts.findOrRegister(WEB_FORM, office, new ContactDetails(message.name(), ContactType.RESIDENT,
				null, message.email(), null, message.address(), null, false, message.mayContactAboutOtherMatters()));
		LoggedCase logged = incoming.log(WEB_FORM, new NewCase(office, CaseType.GENERAL, Channel.WEB_FORM,
				LocalDate.now(clock), message.caseSubject(), message.message(), List.of(writer.id()), Set.of(), null,
				false, null), message.attachments());
		var acknowledgement = acknowledgements.request(logged, message.email(), message.name(), Map.of(), null);
		return new Submitted(logged, acknowledgement.owed());
	}

	/** A message logged as a case, and whether its writer will be emailed the acknowledgement. */
	public record Submitted(LoggedCase logged, boolean acknowledged) {
	}

	/**
	 * A message caught by the honeypot: no case, no email, but it counts towards the rate limit,
	 * so that the sender sees what a person would and learns nothing.
	 */
	@Transactional
	public void discard(String email, String client) {
		rateLimit.count(email, client);
	}
}
