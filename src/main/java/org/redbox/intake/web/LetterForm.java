package org.redbox.intake.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.redbox.contacts.PostalAddress;
import org.redbox.correspondence.CaseType;
import org.redbox.intake.post.LetterDetails;
import org.redbox.intake.post.LetterReading;

/** The second step of logging post: what the letter's text gave, checked, and what it did not. */
record LetterForm(
		@NotBlank(message = "Enter the writer's name")
		@Size(max = 200, message = "Name must be 200 characters or fewer") String writerName,
		@Size(max = 254, message = "Email address must be 254 characters or fewer")
		@Email(regexp = OPTIONAL_EMAIL, message = "Enter an email address in the correct format, like name@example.com") String writerEmail,
		@Size(max = 200, message = "Address line 1 must be 200 characters or fewer") String addressLine1,
		@Size(max = 200, message = "Address line 2 must be 200 characters or fewer") String addressLine2,
		@Size(max = 100, message = "Town or city must be 100 characters or fewer") String town,
		@Pattern(regexp = "^\\s*$|" + WriteToUsForm.POSTCODE, message = "Enter a full UK postcode, like EX1 1AA") String postcode,
		@NotBlank(message = "Enter a subject")
		@Size(max = 300, message = "Subject must be 300 characters or fewer") String subject,
		@NotNull(message = "Select the kind of case") CaseType type,
		@NotNull(message = "Enter the date the letter arrived") LocalDate receivedOn,
		@Size(max = 100000, message = "The text must be 100,000 characters or fewer") String text,
		Boolean sensitive) {

	/** An email address with a dot in its domain, or nothing (a blank field is sent as ""). */
	static final String OPTIONAL_EMAIL = "^$|.+@.+\\..+";

	/** The form as the letter's text fills it in; what it did not give is left for staff. */
	static LetterForm readFrom(LetterReading reading, String text, LocalDate today) {
		return new LetterForm(reading.name(), reading.email(), reading.addressLine1(), reading.addressLine2(),
				reading.town(), reading.postcode(), reading.subject(), CaseType.GENERAL, today, text, false);
	}

	LetterDetails toDetails() {
		return new LetterDetails(writerName.strip(), blankToNull(writerEmail),
				new PostalAddress(addressLine1, addressLine2, town, postcode), subject.strip(), type, receivedOn, text,
				Markings.of(sensitive));
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
