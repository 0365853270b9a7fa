package org.redbox.directory;

import java.util.UUID;

import org.redbox.shared.OfficeId;
import org.redbox.shared.StaffId;

/**
 * A principal's post as other modules see it on one day: its office, title and holder.
 *
 * @param holderName who held it that day, or {@code null} when nobody did
 * @param holder the holder's own staff account, or {@code null} when the post names none
 */
public record PrincipalPostSummary(UUID id, OfficeId office, String title, String holderName, StaffId holder) {

	static PrincipalPostSummary of(PrincipalPost post, java.time.LocalDate date) {
		var tenure = post.holderOn(date);
		return new PrincipalPostSummary(post.id(), post.officeId(), post.title(), tenure.map(Tenure::holderName).orElse(null),
				tenure.map(Tenure::staffId).map(StaffId::new).orElse(null));
	}
}
