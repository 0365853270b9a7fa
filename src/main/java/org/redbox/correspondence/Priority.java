package org.redbox.correspondence;

import java.util.List;

/** A case's priority: a score and the reasons for it, shown to the user. */
public record Priority(int score, List<String> reasons) {

	public Priority {
		reasons = List.copyOf(reasons);
	}
}
