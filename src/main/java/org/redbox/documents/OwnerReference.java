package org.redbox.documents;

import java.util.Objects;

/**
 * The record a document belongs to, named by its module: e.g. record type {@code CaseFile}
 * and the case's id. The owning module decides who may read the document.
 */
public record OwnerReference(String recordType, String recordId) {

	public OwnerReference {
		Objects.requireNonNull(recordType, "recordType");
		Objects.requireNonNull(recordId, "recordId");
	}
}
