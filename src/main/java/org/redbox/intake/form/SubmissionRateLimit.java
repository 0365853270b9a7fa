package org.redbox.intake.form;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * At most {@link WebFormSettings#perEmail()} messages from one email address and
 * {@link WebFormSettings#perClient()} from one client address in each {@link WebFormSettings#window()};
 * a message caught by the honeypot counts too, so a bot that keeps trying is turned away.
 */
@Component
public class SubmissionRateLimit {

	private final WebFormSubmissions submissions;
	private final WebFormSettings settings;
	private final Clock clock;

	SubmissionRateLimit(WebFormSubmissions submissions, WebFormSettings settings, Clock clock) {
		this.submissions = submissions;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether a message from {@code email} (may be blank, when not yet given) and {@code client} must wait. */
	public boolean exceeded(String email, String client) {
		Instant since = clock.instant().minus(settings.window());
		if (submissions.fromClientSince(client, since) >= settings.perClient()) {
			return true;
		}
		return email != null && !email.isBlank() && submissions.fromEmailSince(email, since) >= settings.perEmail();
	}

	void count(String email, String client) {
		Instant now = clock.instant();
		submissions.record(email, client, now, now.minus(settings.window()));
	}
}
