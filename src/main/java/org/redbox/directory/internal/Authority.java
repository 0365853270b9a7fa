package org.redbox.directory.internal;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The council or body whose offices this installation serves. */
@Entity
@Table(name = "authority")
class Authority {

	@Id
	private UUID id;
	private String name;

	protected Authority() {
	}

	Authority(String name) {
		this.id = UUID.randomUUID();
		this.name = name;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}
}
