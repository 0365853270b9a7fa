package org.redbox.correspondence;

import java.util.List;
import java.util.Map;

import org.redbox.directory.Role;

/**
 * What one case type does: the stages it passes through, each stage's deadline in working
 * days after receipt (inside the case deadline), who signs the reply off, and whether the
 * principal signs it personally.
 */
public record CaseTypeRule(CaseType type, List<Stage> stages, Map<Stage, Integer> stageWorkingDays, Role signOffRole,
		boolean principalSigns) {

	public CaseTypeRule {
		stages = List.copyOf(stages);
		stageWorkingDays = Map.copyOf(stageWorkingDays);
		if (stages.isEmpty() || stages.get(0) != Stage.TRIAGE || stages.get(stages.size() - 1) != Stage.CLOSED) {
			throw new IllegalArgumentException(type + ": stages must start at TRIAGE and end at CLOSED");
		}
		if (!stages.contains(Stage.DRAFTING) || !stages.contains(Stage.DISPATCH)) {
			throw new IllegalArgumentException(type + ": every type drafts and dispatches a reply");
		}
	}

	/** The stage after {@code stage} for this type. */
	public Stage after(Stage stage) {
		int i = stages.indexOf(stage);
		if (i < 0 || i == stages.size() - 1) {
			throw new IllegalStateException(type.displayName() + " has no stage after " + stage.displayName());
		}
		return stages.get(i + 1);
	}

	public boolean passesThrough(Stage stage) {
		return stages.contains(stage);
	}
}
