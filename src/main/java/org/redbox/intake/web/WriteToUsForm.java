package org.redbox.intake.web;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.redbox.contacts.PostalAddress;
import org.redbox.correspondence.IncomingCorrespondence.Attachment;
import org.redbox.intake.form.WrittenMessage;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public "Write to us" form as sent. Every field has a length limit; the message is kept as
 * plain text. {@code website} is the honeypot: hidden from people, filled in by bots.
 */
record WriteToUsForm(
		@NotBlank(message = "Enter your full name")
		@Size(max = 200, message = "Full name must be 200 characters or fewer")
		@Pattern(regexp = ONE_LINE, message = "Full name must be on one line") String fullName,
		@NotBlank(message = "Enter your email address")
		@Size(max = 254, message = "Email address must be 254 characters or fewer")
		@Email(regexp = ".+@.+\\..+", message = "Enter an email address in the correct format, like name@example.com") String email,
		@Size(max = 200, message = "Address line 1 must be 200 characters or fewer")
		@Pattern(regexp = ONE_LINE, message = "Address line 1 must be on one line") String addressLine1,
		@Size(max = 200, message = "Address line 2 must be 200 characters or fewer")
		@Pattern(regexp = ONE_LINE, message = "Address line 2 must be on one line") String addressLine2,
		@Size(max = 100, message = "Town or city must be 100 characters or fewer")
		@Pattern(regexp = ONE_LINE, message = "Town or city must be on one line") String town,
		@NotBlank(message = "Enter your postcode")
		@Pattern(regexp = POSTCODE, message = "Enter a full UK postcode, like EX1 1AA") String postcode,
		@Size(max = 150, message = "Subject must be 150 characters or fewer")
		@Pattern(regexp = ONE_LINE, message = "Subject must be on one line") String subject,
		@NotBlank(message = "Enter your message")
		@Size(max = WriteToUsForm.MESSAGE_LENGTH, message = "Your message must be 6,000 characters or fewer") String message,
		List<MultipartFile> attachments,
		@NotNull(message = PRIVACY_NOTICE) @AssertTrue(message = PRIVACY_NOTICE) Boolean privacyNoticeRead,
		Boolean mayContactAboutOtherMatters,
		@Size(max = 200) String website) {

	static final int MESSAGE_LENGTH = 6000;
	static final String PRIVACY_NOTICE = "Confirm that you have read how we use your information";
	static final String ONE_LINE = "[^\\p{Cntrl}]*";
	/** A UK postcode, upper or lower case, with or without its space (BS 7666). */
	static final String POSTCODE = "^\\s*(?i)(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})\\s*$";

	static WriteToUsForm empty() {
		return new WriteToUsForm("", "", "", "", "", "", "", "", List.of(), false, false, "");
	}

	/** Filled in where people cannot see it: only a bot does that. */
	boolean caughtByHoneypot() {
		return website != null && !website.isBlank();
	}

	WrittenMessage toMessage(List<Attachment> files) {
		return new WrittenMessage(fullName.strip(), email.strip(), new PostalAddress(addressLine1, addressLine2, town,
				postcode), subject, message.strip(), Boolean.TRUE.equals(mayContactAboutOtherMatters), files);
	}
}
