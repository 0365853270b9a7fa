package org.redbox.diary.internal;

import java.util.Optional;

import org.redbox.contacts.ContactId;
import org.redbox.contacts.ContactManagement;
import org.redbox.contacts.ContactSummary;
import org.redbox.diary.Attendee;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;
import org.springframework.stereotype.Component;

/**
 * Recognises attendees by email: one of the office's contacts or one of its staff becomes a
 * link to their record; anyone else is kept by name only.
 */
@Component
public class AttendeeDirectory {

	private final ContactManagement contacts;
	private final DirectoryManagement directory;

	AttendeeDirectory(ContactManagement contacts, DirectoryManagement directory) {
		this.contacts = contacts;
		this.directory = directory;
	}

	public Attendee attendee(OfficeId office, String name, String email, String role, String organisation) {
		if (email != null && !email.isBlank()) {
			Optional<SignedInStaff> staff = directory.activeStaff(email).filter(s -> s.offices().contains(office));
			if (staff.isPresent()) {
				return new Attendee(Attendee.Kind.STAFF, staff.get().id().value(), blank(name) ? staff.get().name() : name, role,
						organisation);
			}
			Optional<ContactSummary> contact = contacts.findByEmail(office, email);
			if (contact.isPresent()) {
				return new Attendee(Attendee.Kind.CONTACT, contact.get().id().value(), blank(name) ? contact.get().name() : name,
						role, blank(organisation) ? contact.get().organisation() : organisation);
			}
		}
		return Attendee.other(name, role, organisation);
	}

	/** The email an attendee is recognised by, for the change page; null for someone named only here. */
	public String emailOf(Attendee attendee) {
		return switch (attendee.kind()) {
			case STAFF -> directory.activeStaff(new StaffId(attendee.reference())).map(SignedInStaff::email).orElse(null);
			case CONTACT -> contacts.contact(new ContactId(attendee.reference())).map(ContactSummary::email).orElse(null);
			case OTHER -> null;
		};
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
