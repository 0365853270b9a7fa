package org.redbox.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;

class StaffAccountTest {

	private static final Instant NINE_AM = Instant.parse("2026-11-23T09:00:00Z");

	private final StaffAccount account = StaffAccount.register("Chris Patel", " Chris.Patel@Example.gov.uk ", "{noop}x",
			Actor.system(), NINE_AM);

	@Test
	void storesTheEmailInLowerCaseWithoutSpaces() {
		assertThat(account.email()).isEqualTo("chris.patel@example.gov.uk");
	}

	@Test
	void locksForFifteenMinutesAfterTheFifthWrongPasswordInARow() {
		for (int i = 0; i < 4; i++) {
			account.recordFailedSignIn(LockoutPolicy.DEFAULT, NINE_AM);
		}
		assertThat(account.isLockedAt(NINE_AM)).isFalse();

		account.recordFailedSignIn(LockoutPolicy.DEFAULT, NINE_AM);

		assertThat(account.isLockedAt(NINE_AM.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(account.isLockedAt(NINE_AM.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() {
		for (int i = 0; i < 4; i++) {
			account.recordFailedSignIn(LockoutPolicy.DEFAULT, NINE_AM);
		}
		account.recordSignIn(NINE_AM);
		account.recordFailedSignIn(LockoutPolicy.DEFAULT, NINE_AM);

		assertThat(account.isLockedAt(NINE_AM)).isFalse();
		assertThat(account.failedSignIns()).isEqualTo(1);
	}

	@Test
	void aRoleInOneOfficeIsNotARoleInAnother() {
		OfficeId mayor = OfficeId.random();
		account.grant(RoleGrant.inOffice(Role.CASEWORKER, mayor), Actor.system(), NINE_AM);

		SignedInStaff staff = account.asSignedIn();

		assertThat(staff.holds(Role.CASEWORKER, mayor)).isTrue();
		assertThat(staff.holds(Role.CASEWORKER, OfficeId.random())).isFalse();
	}

	@Test
	void anAuthorityWideRoleHoldsInEveryOffice() {
		account.grant(RoleGrant.everywhere(Role.AUDITOR), Actor.system(), NINE_AM);

		assertThat(account.asSignedIn().holds(Role.AUDITOR, OfficeId.random())).isTrue();
	}

	@Test
	void cannotBeDeactivatedTwice() {
		account.deactivate(Actor.system(), NINE_AM);

		assertThat(account.isActive()).isFalse();
		assertThatThrownBy(() -> account.deactivate(Actor.system(), NINE_AM)).isInstanceOf(IllegalStateException.class);
	}
}
