package org.redbox.documents;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on reading the text of files ({@code redbox.documents.text-extraction.*}), so that a
 * large or hostile file never holds a request: files over {@code maxFileSize} are not read,
 * reading stops after {@code timeout} and after {@code maxCharacters}, and at most {@code workers}
 * files are read at once (with {@code queue} more waiting). OCR runs through Tesseract only where
 * it is installed and {@code ocr} is on; {@code ocrLanguage} is Tesseract's, e.g. {@code eng+cym}.
 */
@ConfigurationProperties("redbox.documents.text-extraction")
public record TextExtractionSettings(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("PT30S") Duration timeout,
		@DefaultValue("100000") int maxCharacters, @DefaultValue("2") int workers, @DefaultValue("4") int queue,
		@DefaultValue("true") boolean ocr, @DefaultValue("eng") String ocrLanguage) {
}
