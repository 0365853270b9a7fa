package org.redbox.correspondence;

import java.time.LocalDate;
import java.util.Map;

/** A case's deadline and the deadline of each of its stages, as the statutory clock computed them. */
public record Schedule(LocalDate deadline, Map<Stage, LocalDate> stageDeadlines, boolean provisional) {

	public Schedule {
		stageDeadlines = Map.copyOf(stageDeadlines);
	}
}
