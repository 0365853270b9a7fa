package org.redbox.directory.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.redbox.directory.internal.ApiTokenAdministration.TokenHolder;
import org.redbox.directory.CurrentStaff;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on {@code /api/**}: the request acts as the token's
 * holder for this request only (nothing goes in a session). An unknown or revoked token is
 * refused at once with a 401 problem, never treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenAdministration tokens;
	private final RequestMatcher api;

	BearerTokenFilter(ApiTokenAdministration tokens, RequestMatcher api) {
		this.tokens = tokens;
		this.api = api;
	}

	/** A request to the API that carries a bearer token: it needs no CSRF token, as a browser never adds one. */
	static boolean carriesBearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !api.matches(request) || !carriesBearerToken(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		Optional<TokenHolder> holder = secret.isEmpty() ? Optional.empty() : tokens.holderOf(secret);
		if (holder.isEmpty()) {
			ApiAuthenticationEntryPoint.problem(response, "The API token is unknown or revoked");
			return;
		}
		var authentication = UsernamePasswordAuthenticationToken.authenticated(holder.get().email(), null,
				holder.get().authorities().stream().map(SimpleGrantedAuthority::new).toList());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		// The account was read just now with the token: the signed-in filter need not read it again.
		request.setAttribute(CurrentStaff.ATTRIBUTE, holder.get().staff());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
