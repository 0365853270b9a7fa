package org.redbox.correspondence.internal;

import java.util.List;
import java.util.Optional;

import org.redbox.contacts.ContactSummary;
import org.redbox.contacts.LanguagePreference;
import org.redbox.contacts.PostalAddress;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.LetterContext;
import org.springframework.stereotype.Component;

/** Gathers what a case's letter is merged from: its first correspondent, officer and the principal who signs. */
@Component
class LetterContexts {

	private final CaseRecords records;

	LetterContexts(CaseRecords records) {
		this.records = records;
	}

	LetterContext of(CaseFile c, LanguagePreference language) {
		Optional<ContactSummary> writer = addressee(c);
		var directory = records.directory();
		var signatory = directory.principalOn(c.officeId(), records.today())
				.map(holder -> new LetterContext.Signatory(holder.name(), holder.post())).orElse(null);
		String officer = c.officerId() == null ? null : directory.staffName(c.officerId()).orElse(null);
		return new LetterContext(writer.map(ContactSummary::name).orElse(null),
				writer.map(ContactSummary::address).map(PostalAddress::lines).orElse(List.of()), c.reference(),
				records.today(), c.receivedOn(), officer, signatory, language, List.of());
	}

	/** The person the letter is to: the case's first correspondent. */
	Optional<ContactSummary> addressee(CaseFile c) {
		return records.correspondentsOf(c).stream().findFirst();
	}
}
