package org.redbox.documents;

import java.util.Objects;

import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;

/** A file to store: its office and marking, the record it belongs to, its name, type and bytes. */
public record NewDocument(OfficeId office, SecurityMarking marking, OwnerReference owner, String filename,
		String contentType, byte[] content) {

	public NewDocument {
		Objects.requireNonNull(office, "office");
		Objects.requireNonNull(marking, "marking");
		Objects.requireNonNull(owner, "owner");
		Objects.requireNonNull(content, "content");
		if (filename == null || filename.isBlank() || filename.contains("/") || filename.contains("\\")) {
			throw new IllegalArgumentException("A document needs a plain file name");
		}
		if (contentType == null || contentType.isBlank()) {
			throw new IllegalArgumentException("A document needs a content type");
		}
	}
}
