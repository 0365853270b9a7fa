package org.redbox.intake.form;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The public "Write to us" form ({@code redbox.intake.web-form.*}): whether it is open, how many
 * messages one email address and one client address may send in {@code window} (a library or an
 * office shares one address, so that limit is higher), and which attachments it takes — at most
 * {@code maxAttachments}, each up to {@code maxAttachmentSize}, of the {@code attachmentTypes}
 * (checked by content, not by name).
 */
@ConfigurationProperties("redbox.intake.web-form")
public record WebFormSettings(@DefaultValue("true") boolean enabled, @DefaultValue("5") int perEmail,
		@DefaultValue("20") int perClient, @DefaultValue("PT1H") Duration window, @DefaultValue("3") int maxAttachments,
		@DefaultValue("5MB") DataSize maxAttachmentSize,
		@DefaultValue({ "application/pdf", "image/jpeg", "image/png" }) Set<String> attachmentTypes) {
}
