package org.redbox.directory.internal;

import java.util.Map;

import org.redbox.directory.DirectoryManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Every page needs sign-in except the sign-in page, the public "Write to us" forms, static assets,
 * error pages, the health and metrics endpoints and the API's OpenAPI description; admin pages need ADMIN and the audit
 * trail AUDITOR, and each action checks the office on the server as well. The API also takes
 * {@code Authorization: Bearer <token>} (see {@link BearerTokenFilter}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** No inline scripts or styles anywhere: everything comes from this origin. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, DirectoryManagement directory,
			ApiTokenAdministration apiTokens, ObjectProvider<ClientRegistrationRepository> singleSignOn)
			throws Exception {
		http.authorizeHttpRequests(requests -> requests
				// The public "Write to us" form of each office (intake): no sign-in, CSRF still on.
				.requestMatchers("/write/*", "/write/*/sent").permitAll()
				.requestMatchers("/sign-in", "/webjars/**", "/assets/**", "/favicon.ico",
						"/error", "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
						"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				// A diary's calendar feed: calendar apps cannot sign in; the secret in the URL is the key.
				.requestMatchers(HttpMethod.GET, "/diary-feeds/*").permitAll()
				.requestMatchers("/admin/**").hasRole("ADMIN")
				.requestMatchers("/audit/**").hasRole("AUDITOR")
				.anyRequest().authenticated());
		// The JSON API answers 401 (a problem) rather than sending a browser to the sign-in page.
		var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		var unauthorized = new ApiAuthenticationEntryPoint();
		var signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");
		http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint((request, response, e) -> {
			if (api.matches(request)) {
				unauthorized.commence(request, response, e);
			}
			else {
				signIn.commence(request, response, e);
			}
		}));
		http.formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in").usernameParameter("email")
				.defaultSuccessUrl("/", false).failureHandler(failureHandler()));
		http.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
				.invalidateHttpSession(true).deleteCookies("SESSION", "JSESSIONID"));
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frame -> frame.deny()));
		// Scripts call the API with a bearer token instead of a session: no cookie, so no CSRF to guard against.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(
				request -> api.matches(request) && BearerTokenFilter.carriesBearerToken(request)));
		http.addFilterBefore(new BearerTokenFilter(apiTokens, api), AnonymousAuthenticationFilter.class);
		http.addFilterAfter(new SignedInStaffFilter(directory), AnonymousAuthenticationFilter.class);
		if (singleSignOn.getIfAvailable() != null) {
			http.oauth2Login(oauth -> oauth.loginPage("/sign-in")
					.userInfoEndpoint(user -> user.oidcUserService(new StaffOidcUserService(directory)))
					.failureUrl("/sign-in?sso-refused"));
		}
		return http.build();
	}

	private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
		var handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/sign-in?error");
		handler.setExceptionMappings(Map.of(LockedException.class.getName(), "/sign-in?locked"));
		return handler;
	}

	/** bcrypt by default, behind a delegating encoder so that stored hashes can be upgraded later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
