package org.redbox.diary.internal;

import org.redbox.diary.Diary;
import org.redbox.diary.DiaryAccess;

/** A diary with what the person who opened it may do with it. */
public record OpenDiary(Diary diary, DiaryAccess access) {
}
