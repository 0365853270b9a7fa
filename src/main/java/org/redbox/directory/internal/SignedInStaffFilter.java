package org.redbox.directory.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.redbox.directory.CurrentStaff;
import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.SignedInStaff;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in person's account fresh on every request: a deactivated account is
 * signed out at once, and role changes apply to the next request, not the next sign-in. (An API
 * request's account was read fresh with its token, and is not read twice.)
 */
class SignedInStaffFilter extends OncePerRequestFilter {

	private final DirectoryManagement directory;

	SignedInStaffFilter(DirectoryManagement directory) {
		this.directory = directory;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)
				&& request.getAttribute(CurrentStaff.ATTRIBUTE) == null) {
			Optional<SignedInStaff> staff = directory.activeStaff(authentication.getName());
			if (staff.isEmpty()) {
				SecurityContextHolder.clearContext();
				var session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
				response.sendRedirect(request.getContextPath() + "/sign-in?deactivated");
				return;
			}
			request.setAttribute(CurrentStaff.ATTRIBUTE, staff.get());
		}
		chain.doFilter(request, response);
	}
}
