package org.redbox.diary.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on an .ics file imported into a diary.
 *
 * @param maxFileSize a larger file is refused before it is read
 * @param maxEvents a file with more events (counting each moved occurrence) is refused
 */
@ConfigurationProperties("redbox.diary.import")
public record IcsImportSettings(@DefaultValue("2MB") DataSize maxFileSize, @DefaultValue("2000") int maxEvents) {
}
