package org.redbox.correspondence.internal;

import java.util.UUID;

import org.redbox.contacts.ContactSummary;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseTypeRules;
import org.redbox.correspondence.Stage;
import org.redbox.correspondence.StageMovePolicy;
import org.redbox.directory.SignedInStaff;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first of the two transactions around sending a reply by email: checks everything and
 * commits a pending dispatch record (with the Message-ID) before the message leaves. The
 * second is {@link LetterDispatch#recordEmailed}.
 */
@Component
@Transactional
public class EmailPreparation {

	private final CaseRecords records;
	private final CaseTypeRules rules;
	private final ReplyDispatches dispatches;
	private final LetterPdf letters;

	EmailPreparation(CaseRecords records, CaseTypeRules rules, ReplyDispatches dispatches, LetterPdf letters) {
		this.records = records;
		this.rules = rules;
		this.dispatches = dispatches;
		this.letters = letters;
	}

	/** Refuses (changing nothing) unless the signed, intact reply can go to a correspondent's email. */
	public Outgoing prepare(SignedInStaff by, UUID id, String from) {
		CaseFile c = records.visible(by, id);
		if (c.stage() != Stage.DISPATCH) {
			throw new IllegalStateException("The reply of " + c.reference() + " is at " + c.stage().displayName()
					+ ": only a signed-off reply can be sent");
		}
		if (!c.reply().isIntact()) {
			throw new IllegalStateException("The reply of " + c.reference()
					+ " was changed after sign-off: it must be signed off again before it is sent");
		}
		if (!StageMovePolicy.mayAct(by, c, rules.ruleFor(c.type()))) {
			throw new AccessDeniedException("You may not send the reply of " + c.reference());
		}
		ContactSummary to = records.correspondentsOf(c).stream().filter(p -> p.email() != null).findFirst()
				.orElseThrow(() -> new IllegalStateException("No correspondent of " + c.reference()
						+ " has an email address: mark the reply as posted instead"));
		String hash = c.reply().signedHash();
		ReplyDispatch attempt = dispatches.findByCaseId(c.id().value()).stream().filter(d -> d.isRetryOf(hash, to.email()))
				.findFirst().orElseGet(() -> dispatches.save(new ReplyDispatch(c.id().value(), hash, to.email(),
						domainOf(from), records.now())));
		return new Outgoing(attempt.id(), attempt.messageId(), from, to, subjectOf(c, to),
				c.reply().html(), letters.render(c, to), LetterDispatch.letterName(c));
	}

	private String subjectOf(CaseFile c, ContactSummary to) {
		String office = records.officeOf(c).name();
		return to.language() == org.redbox.contacts.LanguagePreference.WELSH
				? "Ateb gan " + office + " (ein cyfeirnod " + c.reference() + ")"
				: "Reply from " + office + " (our reference " + c.reference() + ")";
	}

	private static String domainOf(String address) {
		int at = address.lastIndexOf('@');
		return at < 0 || at == address.length() - 1 ? "redbox.invalid" : address.substring(at + 1).replace(">", "");
	}

	/** A message ready to leave: who it is from and to, its texts and the letter. */
	public record Outgoing(UUID dispatchId, String messageId, String from, ContactSummary to, String subject,
			String html, byte[] pdf, String pdfName) {
	}
}
