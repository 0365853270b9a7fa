package org.redbox.diary;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The day sheet ({@code redbox.diary.day-sheet.*}).
 *
 * @param readyAt from this time of day (in the diary's zone) the day sheet opens on tomorrow:
 *        it is ready the evening before
 */
@ConfigurationProperties("redbox.diary.day-sheet")
public record DaySheetSettings(@DefaultValue("16:00") LocalTime readyAt) {
}
