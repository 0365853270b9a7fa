package org.redbox.intake.form;

import java.util.List;

import org.redbox.contacts.PostalAddress;
import org.redbox.correspondence.IncomingCorrespondence.Attachment;

/**
 * A message as a resident sent it through the web form, already checked by the form.
 *
 * @param subject what it is about, if they said; otherwise the case is named from the message
 * @param mayContactAboutOtherMatters they agreed to hear from the office about more than this message
 */
public record WrittenMessage(String name, String email, PostalAddress address, String subject, String message,
		boolean mayContactAboutOtherMatters, List<Attachment> attachments) {

	private static final int SUBJECT_LENGTH = 80;

	public WrittenMessage {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** The subject given, or the message's first line, cut at a word near {@value #SUBJECT_LENGTH} characters. */
	String caseSubject() {
		if (subject != null && !subject.isBlank()) {
			return subject.strip();
		}
		String firstLine = message.strip().lines().findFirst().orElse("").strip();
		if (firstLine.length() <= SUBJECT_LENGTH) {
			return firstLine.isEmpty() ? "Message from the web form" : firstLine;
		}
		int cut = firstLine.lastIndexOf(' ', SUBJECT_LENGTH);
		return firstLine.substring(0, cut > SUBJECT_LENGTH / 2 ? cut : SUBJECT_LENGTH).strip() + "…";
	}
}
