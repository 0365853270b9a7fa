package org.redbox.correspondence.internal.search;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;

/**
 * {@link CaseAccessPolicy#mayView} as a search filter, so that access is enforced inside the
 * query and paging and totals never count a case the person may not see: every case of the
 * offices in {@code everything}; of the offices in {@code needToKnow}, the OFFICIAL cases and the
 * sensitive ones allocated to (or logged by) {@code officer} or allocated to one of {@code teams}.
 */
record SearchScope(Set<UUID> everything, Set<UUID> needToKnow, UUID officer, Set<UUID> teams) {

	static SearchScope of(SignedInStaff staff, Collection<OfficeId> offices) {
		Set<OfficeId> visible = offices.stream().filter(o -> CaseAccessPolicy.mayViewCasesOf(staff, o))
				.collect(Collectors.toSet());
		Set<UUID> everything = visible.stream().filter(o -> CaseAccessPolicy.mayViewEverySensitiveCaseOf(staff, o))
				.map(OfficeId::value).collect(Collectors.toUnmodifiableSet());
		Set<UUID> needToKnow = visible.stream().map(OfficeId::value).filter(o -> !everything.contains(o))
				.collect(Collectors.toUnmodifiableSet());
		return new SearchScope(everything, needToKnow, staff.id().value(), staff.teams());
	}

	boolean isEmpty() {
		return everything.isEmpty() && needToKnow.isEmpty();
	}
}
