package org.redbox.directory.internal;

import java.util.Collection;
import java.util.Optional;

import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.SignedInStaff;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on (an office's Microsoft Entra ID or any OpenID Connect provider): the
 * identity provider proves who the person is; Redbox maps them to an active staff account
 * by email and gives them that account's roles. Nobody without an account gets in.
 */
class StaffOidcUserService extends OidcUserService {

	private final DirectoryManagement directory;

	StaffOidcUserService(DirectoryManagement directory) {
		this.directory = directory;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = super.loadUser(request);
		String email = Optional.ofNullable(user.getEmail()).orElse(user.getPreferredUsername());
		SignedInStaff staff = Optional.ofNullable(email).flatMap(directory::activeStaff)
				.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("no_redbox_account",
						"There is no active Redbox account for this email", null)));
		Collection<GrantedAuthority> authorities = staff.grants().stream()
				.map(g -> (GrantedAuthority) new SimpleGrantedAuthority(g.role().authority())).distinct().toList();
		return new StaffOidcUser(authorities, user, staff.email());
	}

	/** An OIDC user whose name is the staff account's email, as for form sign-in. */
	static final class StaffOidcUser extends DefaultOidcUser {

		private final String email;

		StaffOidcUser(Collection<GrantedAuthority> authorities, OidcUser user, String email) {
			super(authorities, user.getIdToken(), user.getUserInfo());
			this.email = email;
		}

		@Override
		public String getName() {
			return email;
		}
	}
}
