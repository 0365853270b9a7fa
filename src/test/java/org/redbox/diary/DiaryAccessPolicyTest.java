package org.redbox.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.directory.Role;
import org.redbox.directory.RoleGrant;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

class DiaryAccessPolicyTest {

	private final OfficeId mayors = OfficeId.random();
	private final OfficeId housing = OfficeId.random();

	@Test
	void theDiaryManagerEditsAndManagesTheFeed() {
		assertThat(DiaryAccessPolicy.of(staff(Role.DIARY_MANAGER, mayors), mayors, null))
				.isEqualTo(new DiaryAccess(true, true, true, true));
	}

	@Test
	void theHeadOfOfficeSeesEverythingButChangesNothing() {
		assertThat(DiaryAccessPolicy.of(staff(Role.CHIEF_OF_STAFF, mayors), mayors, null))
				.isEqualTo(new DiaryAccess(true, true, false, false));
	}

	@Test
	void thePostHoldersOwnAccountIsThePrincipalWhenThePostNamesOne() {
		SignedInStaff holder = staff(Role.PRINCIPAL, mayors);
		SignedInStaff otherPrincipal = staff(Role.PRINCIPAL, mayors);

		assertThat(DiaryAccessPolicy.of(holder, mayors, holder.id())).isEqualTo(new DiaryAccess(true, true, false, true));
		assertThat(DiaryAccessPolicy.of(otherPrincipal, mayors, holder.id()).seesPrivate()).isFalse();
		assertThat(DiaryAccessPolicy.of(otherPrincipal, mayors, null).seesPrivate()).isTrue();
	}

	@Test
	void otherStaffOfTheOfficeSeePrivateEntriesOnlyAsBusy() {
		DiaryAccess caseworker = DiaryAccessPolicy.of(staff(Role.CASEWORKER, mayors), mayors, null);
		var secret = new Occurrence(new EntryId(UUID.randomUUID()), null,
				EntryTime.allDay(java.time.LocalDate.of(2026, 6, 1), java.time.LocalDate.of(2026, 6, 1), EntryTime.LONDON),
				EntryKind.MEETING, "Dentist", "High Street", List.of(Attendee.other("Dr Rees", null, null)), "Bring forms",
				Set.of(UUID.randomUUID()), true, null, false);

		Occurrence shown = caseworker.show(secret);

		assertThat(caseworker).isEqualTo(new DiaryAccess(true, false, false, false));
		assertThat(shown.title()).isEqualTo("Busy");
		assertThat(shown.location()).isNull();
		assertThat(shown.attendees()).isEmpty();
		assertThat(shown.notes()).isNull();
		assertThat(shown.cases()).isEmpty();
	}

	@Test
	void staffOfOtherOfficesContributorsAndAuditorsSeeNothing() {
		assertThat(DiaryAccessPolicy.of(staff(Role.DIARY_MANAGER, housing), mayors, null)).isEqualTo(DiaryAccess.NONE);
		assertThat(DiaryAccessPolicy.of(staff(Role.CONTRIBUTOR, mayors), mayors, null)).isEqualTo(DiaryAccess.NONE);
		var auditor = new SignedInStaff(new StaffId(UUID.randomUUID()), "Audrey", "a@x", Set.of(RoleGrant.everywhere(Role.AUDITOR)), Set.of());
		assertThat(DiaryAccessPolicy.of(auditor, mayors, null)).isEqualTo(DiaryAccess.NONE);
	}

	private static SignedInStaff staff(Role role, OfficeId office) {
		return new SignedInStaff(new StaffId(UUID.randomUUID()), role.displayName(), role.name() + "@example.test",
				Set.of(RoleGrant.inOffice(role, office)), Set.of());
	}
}
