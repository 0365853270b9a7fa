package org.redbox.diary;

/** An event about one diary entry (a single entry or a whole series). */
public interface DiaryEntryEvent extends DiaryEvent {

	EntryId entry();

	DiaryId diary();

	@Override
	default String recordType() {
		return "DiaryEntry";
	}

	@Override
	default String recordId() {
		return entry().toString();
	}
}
