package org.redbox.shared;

/**
 * Records that someone viewed or exported personal data. Every module calls this when it
 * shows a record marked PERSONAL (or OFFICIAL-SENSITIVE); the audit module keeps the entry.
 * The entry is written in a transaction of its own, so a read is recorded even when the
 * surrounding work is read-only.
 */
public interface ReadAuditor {

	/**
	 * @param who the person reading
	 * @param office the office owning the record, or {@code null} for authority-wide records
	 * @param recordType the kind of record, e.g. {@code StaffAccount}
	 * @param recordId the record's id
	 * @param what what was read, e.g. "viewed the account page"
	 */
	void recordRead(Actor who, OfficeId office, String recordType, String recordId, String what);
}
