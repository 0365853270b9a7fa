package org.redbox.directory;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.redbox.shared.OfficeId;

/**
 * A role held in one office, or in every office of the authority when no office is named
 * (an authority-wide administrator or Data Protection Officer).
 */
@Embeddable
public record RoleGrant(
		@Enumerated(EnumType.STRING) @Column(name = "role", nullable = false) Role role,
		@Column(name = "office_id") UUID office) implements Serializable {

	public RoleGrant {
		Objects.requireNonNull(role, "role");
	}

	public static RoleGrant inOffice(Role role, OfficeId office) {
		return new RoleGrant(role, office.value());
	}

	public static RoleGrant everywhere(Role role) {
		return new RoleGrant(role, null);
	}

	public boolean isAuthorityWide() {
		return office == null;
	}

	public OfficeId officeId() {
		return office == null ? null : new OfficeId(office);
	}

	/** Whether this grant gives {@code wanted} in {@code officeId}. */
	public boolean gives(Role wanted, OfficeId officeId) {
		return role == wanted && (isAuthorityWide() || office.equals(officeId.value()));
	}
}
