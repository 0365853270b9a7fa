package org.redbox.directory.internal;

import java.time.Clock;

import org.redbox.directory.StaffAccount;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Form sign-in: finds the account by email; locked and deactivated accounts are refused. */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccounts staff;
	private final Clock clock;

	StaffUserDetailsService(StaffAccounts staff, Clock clock) {
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		StaffAccount account = staff.findByEmail(StaffAccount.normaliseEmail(email))
				.filter(a -> a.passwordHash() != null)
				.orElseThrow(() -> new UsernameNotFoundException("No account"));
		return User.withUsername(account.email())
				.password(account.passwordHash())
				.disabled(!account.isActive())
				.accountLocked(account.isLockedAt(clock.instant()))
				.authorities(account.grants().stream().map(g -> new SimpleGrantedAuthority(g.role().authority()))
						.distinct().toList())
				.build();
	}
}
