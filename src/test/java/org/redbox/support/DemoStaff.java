package org.redbox.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Map;

import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.Role;
import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo office's staff, one per role, and requests made as them. */
@Component
public class DemoStaff {

	public static final String PASSWORD = "exampleton-demo-2026";

	public static final Map<Role, String> EMAIL_BY_ROLE = Map.of(
			Role.PRINCIPAL, "mayor@exampleton.gov.uk",
			Role.CHIEF_OF_STAFF, "head.of.office@exampleton.gov.uk",
			Role.CORRESPONDENCE_MANAGER, "correspondence@exampleton.gov.uk",
			Role.CASEWORKER, "caseworker@exampleton.gov.uk",
			Role.DIARY_MANAGER, "diary@exampleton.gov.uk",
			Role.POLICY_OFFICER, "policy@exampleton.gov.uk",
			Role.OFFICE_MANAGER, "office.manager@exampleton.gov.uk",
			Role.CONTRIBUTOR, "contributor@exampleton.gov.uk",
			Role.AUDITOR, "auditor@exampleton.gov.uk",
			Role.ADMIN, "admin@exampleton.gov.uk");

	private final DirectoryManagement directory;

	public DemoStaff(DirectoryManagement directory) {
		this.directory = directory;
	}

	public SignedInStaff holding(Role role) {
		return staff(EMAIL_BY_ROLE.get(role));
	}

	public SignedInStaff staff(String email) {
		return directory.activeStaff(email).orElseThrow();
	}

	/** A request signed in as {@code email}, with the authorities the account holds now. */
	public RequestPostProcessor as(String email) {
		SignedInStaff staff = staff(email);
		return user(email).roles(staff.grants().stream().map(g -> g.role().name()).distinct().toArray(String[]::new));
	}

	public RequestPostProcessor as(Role role) {
		return as(EMAIL_BY_ROLE.get(role));
	}
}
