package org.redbox.correspondence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An extension granted to a case: how much, why, when and by whom. */
@Embeddable
public record GrantedExtension(@Column(name = "amount") int amount, @Column(name = "reason") String reason,
		@Column(name = "granted_at") Instant grantedAt, @Column(name = "granted_by") String grantedBy) {

	public org.redbox.worktime.Extension asExtension() {
		return new org.redbox.worktime.Extension(amount, reason);
	}
}
