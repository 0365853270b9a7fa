package org.redbox.directory;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Who is making the current web request. The sign-in filter reads the account fresh on
 * every request and leaves it here; controllers may also take a {@link SignedInStaff}
 * parameter directly.
 */
@Component
public class CurrentStaff {

	/** The request attribute under which the signed-in staff member is kept. */
	public static final String ATTRIBUTE = SignedInStaff.class.getName();

	public Optional<SignedInStaff> get() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			return Optional.empty();
		}
		return Optional.ofNullable((SignedInStaff) attributes.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
	}

	public SignedInStaff require() {
		return get().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}
}
