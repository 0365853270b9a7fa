package org.redbox.intake.post;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Scanned post ({@code redbox.intake.post.*}): the largest scan staff may upload and the kinds it
 * may be (checked by content). How long reading its text may take, and how much text is kept, are
 * the documents module's {@code redbox.documents.text-extraction.*}.
 */
@ConfigurationProperties("redbox.intake.post")
public record PostSettings(@DefaultValue("20MB") DataSize maxScanSize,
		@DefaultValue({ "application/pdf", "image/jpeg", "image/png", "image/tiff" }) Set<String> scanTypes) {
}
