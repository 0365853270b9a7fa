package org.redbox.intake.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.redbox.contacts.PostalAddress;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.Channel;
import org.redbox.intake.phone.CallDetails;
import org.redbox.shared.OfficeId;

/** A quick note of a phone call or a surgery visit. */
record CallForm(@NotNull(message = "Select the office") UUID office,
		@NotNull(message = "Select whether they phoned or came in person") Channel channel,
		@NotNull(message = "Enter the date of the call or visit") LocalDate receivedOn,
		@NotBlank(message = "Enter the caller's name")
		@Size(max = 200, message = "Name must be 200 characters or fewer") String callerName,
		@Size(max = 254, message = "Email address must be 254 characters or fewer")
		@Email(regexp = LetterForm.OPTIONAL_EMAIL, message = "Enter an email address in the correct format, like name@example.com") String email,
		@Pattern(regexp = "^\\s*$|^[0-9 +()-]{6,30}$", message = "Enter a phone number, like 01632 960 001 or +44 808 157 0192") String phone,
		@Pattern(regexp = "^\\s*$|" + WriteToUsForm.POSTCODE, message = "Enter a full UK postcode, like EX1 1AA") String postcode,
		@NotBlank(message = "Enter what it is about")
		@Size(max = 300, message = "Subject must be 300 characters or fewer") String subject,
		@NotBlank(message = "Enter what they asked")
		@Size(max = 20000, message = "What they asked must be 20,000 characters or fewer") String text,
		@NotNull(message = "Select the kind of case") CaseType type, Boolean sensitive) {

	static CallForm blank(UUID office, LocalDate today) {
		return new CallForm(office, Channel.PHONE, today, "", "", "", "", "", "", CaseType.GENERAL, false);
	}

	/** A caller the office cannot reach gets no reply: one way to reach them is needed. */
	boolean saysHowToReachThem() {
		return !isBlank(email) || !isBlank(phone);
	}

	CallDetails toDetails() {
		return new CallDetails(new OfficeId(office), channel, receivedOn, callerName.strip(), LetterForm.blankToNull(email),
				LetterForm.blankToNull(phone), new PostalAddress(null, null, null, postcode), subject.strip(), text.strip(),
				type, Markings.of(sensitive));
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
