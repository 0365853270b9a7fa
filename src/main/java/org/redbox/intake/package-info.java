/**
 * Intake: the channels through which items reach an office and become cases — its IMAP
 * mailboxes, the public "Write to the Mayor" form, scanned post and logged calls and visits —
 * each item once, replies threaded onto their case, acknowledgements that cannot start a mail
 * loop, and near-identical letters grouped into campaigns that get one reply.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake",
		allowedDependencies = { "shared", "directory", "contacts", "correspondence", "documents", "worktime" })
package org.redbox.intake;
