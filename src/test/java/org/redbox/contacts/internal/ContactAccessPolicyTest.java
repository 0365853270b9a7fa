package org.redbox.contacts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.redbox.directory.Role;
import org.redbox.directory.RoleGrant;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;
import org.springframework.security.access.AccessDeniedException;

class ContactAccessPolicyTest {

	private final OfficeId mayor = OfficeId.random();
	private final OfficeId housing = OfficeId.random();

	@Test
	void staffOfAnOfficeUseItsContactsAndNoOtherOffices() {
		SignedInStaff caseworker = holding(RoleGrant.inOffice(Role.CASEWORKER, housing));

		assertThat(ContactAccessPolicy.mayUse(caseworker, housing)).isTrue();
		assertThat(ContactAccessPolicy.mayUse(caseworker, mayor)).isFalse();
		assertThatThrownBy(() -> ContactAccessPolicy.requireMayUse(caseworker, mayor))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aContributorUsesNoContactsEvenInTheirOwnOffice() {
		SignedInStaff contributor = holding(RoleGrant.inOffice(Role.CONTRIBUTOR, mayor));

		assertThat(ContactAccessPolicy.mayUse(contributor, mayor)).isFalse();
		assertThat(ContactAccessPolicy.mayUseAny(contributor)).isFalse();
	}

	@Test
	void aContributorInOneOfficeWhoIsACaseworkerInAnotherUsesOnlyTheOther() {
		SignedInStaff both = holding(RoleGrant.inOffice(Role.CONTRIBUTOR, mayor), RoleGrant.inOffice(Role.CASEWORKER, housing));

		assertThat(ContactAccessPolicy.mayUse(both, mayor)).isFalse();
		assertThat(ContactAccessPolicy.mayUse(both, housing)).isTrue();
		assertThat(ContactAccessPolicy.mayUseAny(both)).isTrue();
	}

	@Test
	void anAuthorityWideRoleUsesEveryOfficesContactsButAnAuthorityWideContributorNone() {
		SignedInStaff auditor = holding(RoleGrant.everywhere(Role.AUDITOR));
		SignedInStaff contributor = holding(RoleGrant.everywhere(Role.CONTRIBUTOR));

		assertThat(ContactAccessPolicy.mayUse(auditor, mayor)).isTrue();
		assertThat(ContactAccessPolicy.mayUse(auditor, housing)).isTrue();
		assertThat(ContactAccessPolicy.mayUse(contributor, mayor)).isFalse();
	}

	private static SignedInStaff holding(RoleGrant... grants) {
		return new SignedInStaff(StaffId.random(), "Someone", "someone@exampleton.gov.uk", Set.of(grants), Set.of());
	}
}
