package org.redbox.support;

import java.util.UUID;

import org.redbox.directory.DirectoryManagement;
import org.redbox.directory.OfficeSummary;
import org.springframework.stereotype.Component;

/** The demo authority's offices and teams, looked up as tests name them. */
@Component
public class DemoOffices {

	private final DirectoryManagement directory;

	public DemoOffices(DirectoryManagement directory) {
		this.directory = directory;
	}

	/** The Office of the Mayor (code MAY). */
	public OfficeSummary mayor() {
		return directory.offices().stream().filter(o -> o.code().equals("MAY")).findFirst().orElseThrow();
	}

	/** A team of the Mayor's office by name, e.g. "Correspondence". */
	public UUID mayorsTeam(String name) {
		return directory.teams(mayor().id()).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().id();
	}
}
