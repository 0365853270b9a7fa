package org.redbox.correspondence.internal;

import java.util.List;

import org.redbox.contacts.ContactHistory;
import org.redbox.contacts.ContactId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases a contact wrote in, for their contact page. An OFFICIAL-SENSITIVE case shows its
 * reference and stage only, never its subject: whoever may see the contact may not need to know.
 */
@Component
class CasesOfContact implements ContactHistory {

	private final CaseFiles cases;

	CasesOfContact(CaseFiles cases) {
		this.cases = cases;
	}

	@Override
	@Transactional(readOnly = true)
	public List<HistoryItem> historyOf(ContactId id) {
		return cases.withCorrespondent(id.value()).stream()
				.map(c -> new HistoryItem(c.marking().isSensitive() ? c.reference() + " (" + c.marking().label() + ")"
						: c.reference() + ": " + c.subject(), "/cases/" + c.id(), c.receivedOn(), c.stage().displayName()))
				.toList();
	}
}
