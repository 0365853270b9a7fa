package org.redbox.intake.acknowledgement;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The acknowledgement sent to whoever writes in: on or off, who it is from, and its wording.
 * {@code subject} and {@code body} may use {@code {name}}, {@code {reference}}, {@code {due}}
 * (the date a reply is due, e.g. "18 December 2026") and {@code {office}}. It never carries the
 * letter itself, so it is safe for any marking. {@code staffLogged}: letters and calls logged by
 * staff are acknowledged too, by email, when the writer or caller gave an address.
 */
@ConfigurationProperties("redbox.intake.acknowledgement")
public record AcknowledgementSettings(@DefaultValue("true") boolean enabled, @DefaultValue("redbox@localhost") String from,
		@DefaultValue("We have received your message: {reference}") String subject,
		@DefaultValue("Dear {name},\n\nThank you for writing to the {office}. Your reference is {reference}; "
				+ "please quote it if you write again.\n\nWe aim to reply by {due}.\n\n{office}\n") String body,
		@DefaultValue("PT10S") Duration sendInterval, @DefaultValue("true") boolean staffLogged) {
}
