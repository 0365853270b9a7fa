package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.redbox.contacts.ContactId;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;

/**
 * An item to log as a case.
 *
 * @param escalatedFrom for a stage 2 complaint, its stage 1 case
 */
public record NewCase(OfficeId office, CaseType type, Channel channel, LocalDate receivedOn, String subject, String text,
		List<ContactId> correspondents, Set<String> topics, SecurityMarking marking, boolean reputationalRisk,
		CaseFileId escalatedFrom) {

	public NewCase {
		if (subject == null || subject.isBlank()) {
			throw new IllegalArgumentException("A case needs a subject");
		}
		correspondents = correspondents == null ? List.of() : List.copyOf(correspondents);
		topics = topics == null ? Set.of() : Set.copyOf(topics);
		marking = marking == null ? SecurityMarking.OFFICIAL : marking;
	}
}
