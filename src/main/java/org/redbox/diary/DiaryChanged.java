package org.redbox.diary;

/** An event about a diary itself (rather than one of its entries): its opening and its feed. */
public interface DiaryChanged extends DiaryEvent {

	DiaryId diary();

	@Override
	default String recordType() {
		return "Diary";
	}

	@Override
	default String recordId() {
		return diary().toString();
	}
}
