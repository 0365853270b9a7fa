package org.redbox.intake.phone;

import java.util.List;
import java.util.Set;

import org.redbox.contacts.ContactDetails;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactType;
import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.IncomingCorrespondence;
import org.redbox.correspondence.IncomingCorrespondence.LoggedCase;
import org.redbox.intake.acknowledgement.Acknowledgements;
import org.redbox.correspondence.NewCase;
import org.redbox.directory.SignedInStaff;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs a phone call or a surgery visit as a case at triage, with the caller matched to a contact
 * by email or added; only staff who work the office's cases may. A caller who gave an email
 * address is acknowledged by email, under the usual rules.
 */
@Service
public class CallIntake {

	private final IncomingCorrespondence incoming;
	private final ContactManagement contacts;
	private final Acknowledgements acknowledgements;

	CallIntake(IncomingCorrespondence incoming, ContactManagement contacts, Acknowledgements acknowledgements) {
		this.acknowledgements = acknowledgements;
		this.incoming = incoming;
		this.contacts = contacts;
	}

	@Transactional
	public LoggedCase log(SignedInStaff by, CallDetails call) {
		if (!CaseAccessPolicy.mayWork(by, call.office())) {
			throw new AccessDeniedException("You do not log calls for this office");
		}
		var caller = contacts.findOrRegister(by.actor(), call.office(), new ContactDetails(call.callerName(),
				ContactType.RESIDENT, null, call.email(), call.phone(), call.address(), null, false, false));
		LoggedCase logged = incoming.log(by.actor(), new NewCase(call.office(), call.type(), call.channel(),
				call.receivedOn(), call.subject(), call.text(), List.of(caller.id()), Set.of(), call.marking(), false, null),
				List.of());
		acknowledgements.requestForStaffLogged(logged, call.email(), call.callerName());
		return logged;
	}
}
