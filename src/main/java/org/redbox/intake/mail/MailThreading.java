package org.redbox.intake.mail;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.redbox.correspondence.IncomingCorrespondence;
import org.redbox.correspondence.IncomingCorrespondence.LoggedCase;
import org.redbox.shared.OfficeId;

/**
 * Which of the office's cases a message answers, if any: a case reference in its subject (as a
 * reply to an acknowledgement carries), or an {@code In-Reply-To}/{@code References} id of a reply
 * Redbox sent. A case of another office never matches.
 */
class MailThreading {

	private static final Pattern REFERENCE = Pattern.compile("\\b([A-Za-z]{2,10}-\\d{4}-\\d{3,9})\\b");

	private final IncomingCorrespondence incoming;

	MailThreading(IncomingCorrespondence incoming) {
		this.incoming = incoming;
	}

	Optional<LoggedCase> caseFor(OfficeId office, IncomingMail mail) {
		Matcher matcher = REFERENCE.matcher(mail.subject());
		while (matcher.find()) {
			Optional<LoggedCase> byReference = incoming.findByReference(office, matcher.group(1));
			if (byReference.isPresent()) {
				return byReference;
			}
		}
		for (String id : mail.threadIds()) {
			Optional<LoggedCase> byReply = incoming.findBySentMessageId(id).filter(c -> c.office().equals(office));
			if (byReply.isPresent()) {
				return byReply;
			}
		}
		return Optional.empty();
	}
}
