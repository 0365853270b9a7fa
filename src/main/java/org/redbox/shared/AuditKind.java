package org.redbox.shared;

/** What an audit entry records. */
public enum AuditKind {
	/** A record was created or changed. */
	CHANGE,
	/** Someone signed in, failed to, or was locked out. */
	SIGN_IN,
	/** Someone viewed or exported personal data. */
	READ
}
