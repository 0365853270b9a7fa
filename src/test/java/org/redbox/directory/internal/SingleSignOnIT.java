package org.redbox.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redbox.directory.DirectoryManagement;
import org.redbox.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/** Single sign-on maps the identity provider's person to the active Redbox account with the same email. */
@IntegrationTest
class SingleSignOnIT {

	@Autowired
	DirectoryManagement directory;

	@Test
	void aPersonWithARedboxAccountSignsInAsThatAccountWithItsRoles() {
		var user = new StaffOidcUserService(directory).loadUser(requestFor("Head.Of.Office@Exampleton.gov.uk"));

		assertThat(user.getName()).isEqualTo("head.of.office@exampleton.gov.uk");
		assertThat(user.getAuthorities()).extracting(Object::toString).contains("ROLE_CHIEF_OF_STAFF");
	}

	@Test
	void aPersonWithoutARedboxAccountIsRefused() {
		assertThatThrownBy(() -> new StaffOidcUserService(directory).loadUser(requestFor("stranger@elsewhere.example")))
				.isInstanceOf(OAuth2AuthenticationException.class).hasMessageContaining("no active Redbox account");
	}

	private static OidcUserRequest requestFor(String email) {
		ClientRegistration entra = ClientRegistration.withRegistrationId("entra").clientId("redbox")
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid", "email")
				.authorizationUri("https://idp.example/authorize").tokenUri("https://idp.example/token")
				.jwkSetUri("https://idp.example/keys").userNameAttributeName("sub").build();
		Instant now = Instant.now();
		var idToken = new OidcIdToken("id-token", now, now.plusSeconds(300),
				Map.of("sub", "subject-1", "email", email, "iss", "https://idp.example", "aud", "redbox"));
		var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300));
		return new OidcUserRequest(entra, accessToken, idToken);
	}
}
