package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

/**
 * What the intake channels (mailboxes, the public web form, post and phone logging) ask of
 * correspondence: log an item as a new case on behalf of its office, find the case a reply
 * belongs to, and add further correspondence to it. The caller has already decided that the
 * item belongs to the office; no staff access check is made here, and {@code by} is who the
 * timeline names (a mailbox, the web form, or the member of staff who logged it).
 */
public interface IncomingCorrespondence {

	/**
	 * Logs the item as a new case at triage, with its attachments stored as the case's
	 * documents, in one transaction with the caller's (if any).
	 */
	LoggedCase log(Actor by, NewCase item, List<Attachment> attachments);

	/** The case with this reference in the office (references are unique; case-insensitive). */
	Optional<LoggedCase> findByReference(OfficeId office, String reference);

	/** The case whose reply Redbox sent with this {@code Message-ID} (angle brackets optional). */
	Optional<LoggedCase> findBySentMessageId(String messageId);

	/**
	 * Records further correspondence on an existing case — its timeline names the channel and
	 * subject, and the text and attachments are kept as the case's documents — without moving
	 * its stage: the officer decides what it changes.
	 */
	void addToCase(CaseFileId id, Actor by, Channel channel, String subject, String text, List<Attachment> attachments);

	/** A file that came with an item: stored as a document of the case, with the case's marking. */
	record Attachment(String filename, String contentType, byte[] content) {

		public Attachment {
			Objects.requireNonNull(content, "content");
			if (filename == null || filename.isBlank()) {
				throw new IllegalArgumentException("An attachment needs a file name");
			}
			contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
		}
	}

	/** A case as the intake needs it: to acknowledge it (reference, reply due) and to thread replies. */
	record LoggedCase(CaseFileId id, String reference, OfficeId office, Stage stage, LocalDate deadline) {
	}
}
