package org.redbox.intake.phone;

import java.time.LocalDate;

import org.redbox.contacts.PostalAddress;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;

/**
 * A call or surgery visit as staff noted it: who, how to reach them, what they asked.
 *
 * @param channel {@link Channel#PHONE} or {@link Channel#IN_PERSON}
 */
public record CallDetails(OfficeId office, Channel channel, LocalDate receivedOn, String callerName, String email,
		String phone, PostalAddress address, String subject, String text, CaseType type, SecurityMarking marking) {

	public CallDetails {
		if (channel != Channel.PHONE && channel != Channel.IN_PERSON) {
			throw new IllegalArgumentException("A call or visit comes by phone or in person, not " + channel);
		}
	}
}
