/**
 * Documents: stored files (letters, sent messages, attachments) with their owning office,
 * security marking, checksum and the record they belong to, kept in a file store; and PDF
 * rendering of letters. The owning module checks access before it asks for content.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = { "shared" })
package org.redbox.documents;
