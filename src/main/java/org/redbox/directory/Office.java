package org.redbox.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.redbox.shared.Jurisdiction;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An office of the authority: the Office of the Mayor, a Cabinet Member's office. It owns
 * its records, keeps the bank holidays of one jurisdiction, and gives its code to case
 * references ({@code MAY-2026-00123}).
 */
@Entity
@Table(name = "office")
public class Office extends AbstractAggregateRoot<Office> {

	@Id
	private UUID id;
	@Column(name = "authority_id")
	private UUID authorityId;
	private String name;
	private String code;
	@Enumerated(EnumType.STRING)
	private Jurisdiction jurisdiction;
	@Embedded
	private SecurityMarking marking;
	@Column(name = "created_at")
	private Instant createdAt;
	@Version
	private long version;

	protected Office() {
	}

	public static Office create(UUID authorityId, String name, String code, Jurisdiction jurisdiction, Actor by,
			Instant now) {
		var office = new Office();
		office.id = UUID.randomUUID();
		office.authorityId = authorityId;
		office.name = name.strip();
		office.code = code.strip().toUpperCase();
		office.jurisdiction = jurisdiction;
		office.marking = SecurityMarking.OFFICIAL;
		office.createdAt = now;
		office.registerEvent(new OfficeCreated(office.id(), office.name, office.code, jurisdiction, by, now));
		return office;
	}

	public void change(String newName, String newCode, Jurisdiction newJurisdiction, Actor by, Instant now) {
		String before = describe();
		this.name = newName.strip();
		this.code = newCode.strip().toUpperCase();
		this.jurisdiction = newJurisdiction;
		if (!before.equals(describe())) {
			registerEvent(new OfficeUpdated(id(), before, describe(), by, now));
		}
	}

	private String describe() {
		return name + ", " + code + ", " + jurisdiction.displayName();
	}

	public OfficeId id() {
		return new OfficeId(id);
	}

	public String name() {
		return name;
	}

	public String code() {
		return code;
	}

	public Jurisdiction jurisdiction() {
		return jurisdiction;
	}

	public SecurityMarking marking() {
		return marking;
	}
}
