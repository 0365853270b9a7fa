package org.redbox.directory.internal;

import java.time.Clock;

import org.redbox.directory.SignInFailed;
import org.redbox.directory.StaffAccount;
import org.redbox.shared.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins, locks accounts by the lockout policy, and records every attempt
 * as an event the audit trail keeps.
 */
@Component
class SignInAttempts {

	private final StaffAccounts staff;
	private final DirectorySettings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	SignInAttempts(StaffAccounts staff, DirectorySettings settings, ApplicationEventPublisher events, Clock clock) {
		this.staff = staff;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void on(AuthenticationFailureBadCredentialsEvent event) {
		String email = event.getAuthentication().getName();
		staff.findByEmail(StaffAccount.normaliseEmail(email)).ifPresentOrElse(account -> {
			account.recordFailedSignIn(settings.lockoutPolicy(), clock.instant());
			staff.save(account);
		}, () -> events.publishEvent(new SignInFailed(null, truncated(email), "no account with this email", 0,
				Actor.anonymous(truncated(email)), clock.instant())));
	}

	@EventListener
	@Transactional
	public void on(AuthenticationFailureLockedEvent event) {
		refused(event, "account locked");
	}

	@EventListener
	@Transactional
	public void on(AuthenticationFailureDisabledEvent event) {
		refused(event, "account deactivated");
	}

	@EventListener
	@Transactional
	public void on(AuthenticationSuccessEvent event) {
		staff.findByEmail(StaffAccount.normaliseEmail(event.getAuthentication().getName())).ifPresent(account -> {
			account.recordSignIn(clock.instant());
			staff.save(account);
		});
	}

	private void refused(AbstractAuthenticationFailureEvent event, String reason) {
		staff.findByEmail(StaffAccount.normaliseEmail(event.getAuthentication().getName())).ifPresent(account -> {
			account.recordRefusedSignIn(reason, clock.instant());
			staff.save(account);
		});
	}

	private static String truncated(String email) {
		return email.length() > 100 ? email.substring(0, 100) : email;
	}
}
