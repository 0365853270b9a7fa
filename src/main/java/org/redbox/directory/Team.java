package org.redbox.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A team within an office (correspondence, diary, policy) to which work is allocated. */
@Entity
@Table(name = "team")
public class Team extends AbstractAggregateRoot<Team> {

	@Id
	private UUID id;
	@Column(name = "office_id")
	private UUID officeId;
	private String name;
	@Embedded
	private SecurityMarking marking;
	@Version
	private long version;

	protected Team() {
	}

	public static Team create(OfficeId office, String name, Actor by, Instant now) {
		var team = new Team();
		team.id = UUID.randomUUID();
		team.officeId = office.value();
		team.name = name.strip();
		team.marking = SecurityMarking.OFFICIAL;
		team.registerEvent(new TeamCreated(office, team.id, team.name, by, now));
		return team;
	}

	public UUID id() {
		return id;
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public String name() {
		return name;
	}
}
