package org.redbox.intake.post;

import java.time.LocalDate;

import org.redbox.contacts.PostalAddress;
import org.redbox.correspondence.CaseType;
import org.redbox.shared.SecurityMarking;

/**
 * What staff confirm or add to a scanned letter before it becomes a case.
 *
 * @param text the letter's text as read from the scan, corrected by hand where needed
 */
public record LetterDetails(String writerName, String writerEmail, PostalAddress writerAddress, String subject,
		CaseType type, LocalDate receivedOn, String text, SecurityMarking marking) {
}
