package org.redbox.correspondence.web.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.correspondence.NewCase;
import org.redbox.correspondence.internal.CaseIntake;
import org.redbox.correspondence.web.api.CaseRequests.CorrespondentRequest;
import org.redbox.correspondence.web.api.CaseRequests.NewCaseRequest;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.InvalidParameter;
import org.redbox.shared.SecurityMarking;
import org.springframework.stereotype.Component;

/**
 * Logs a case from an API request: the correspondent (found by email, or registered) and the
 * case commit together, or neither does, and only for someone who works the office's cases. Every field is checked before anything is written.
 */
@Component
class CaseApiIntake {

	private final CaseIntake intake;
	private final ContactManagement contacts;
	private final DirectoryManagement directory;
	private final Clock clock;

	CaseApiIntake(CaseIntake intake, ContactManagement contacts, DirectoryManagement directory, Clock clock) {
		this.intake = intake;
		this.contacts = contacts;
		this.directory = directory;
		this.clock = clock;
	}

	public CaseFile log(SignedInStaff by, NewCaseRequest request) {
		if (request == null) {
			throw new InvalidParameter("office", "Send the case as JSON");
		}
		OfficeSummary office = office(request.office());
		CaseType type = Fields.oneOf("type", CaseType.class, request.type());
		Channel channel = request.channel() == null ? Channel.EMAIL : Fields.oneOf("channel", Channel.class, request.channel());
		LocalDate received = Fields.date("receivedOn", request.receivedOn(), LocalDate.now(clock));
		String subject = Fields.atMost("subject", Fields.required("subject", request.subject()), 300);
		String text = Fields.required("text", request.text());
		SecurityMarking marking = Fields.marking(request.marking(), request.descriptor(), SecurityMarking.OFFICIAL);
		ContactDetails writer = writer(request.correspondent());
		Set<String> topics = request.topics() == null ? Set.of() : Set.copyOf(request.topics());
		boolean risk = Boolean.TRUE.equals(request.reputationalRisk());
		return intake.log(by, office, received, () -> new NewCase(office.id(), type, channel, received, subject, text,
				List.of(contacts.findOrRegister(by.actor(), office.id(), writer).id()), topics, marking, risk, null));
	}

	private OfficeSummary office(String code) {
		String wanted = Fields.required("office", code);
		return directory.officeWithCode(wanted).orElseThrow(() -> new InvalidParameter("office", "No office has the code '" + wanted + "'"));
	}

	private static ContactDetails writer(CorrespondentRequest correspondent) {
		if (correspondent == null) {
			throw new InvalidParameter("correspondent.name", "'correspondent.name' is required");
		}
		String name = Fields.atMost("correspondent.name", Fields.required("correspondent.name", correspondent.name()), 200);
		String email = Fields.atMost("correspondent.email", correspondent.email(), 320);
		return new ContactDetails(name, ContactType.RESIDENT, null, email == null || email.isBlank() ? null : email.strip(),
				null, Fields.address(correspondent.address()), null, false, false);
	}
}
