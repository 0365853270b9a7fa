package org.redbox.correspondence;

/**
 * Which cases a workstack shows: {@code view} is MINE (allocated to me), TEAM (my teams') or
 * ALL (my offices'); a null type or stage means any; with no stage, only open cases.
 */
public record Workstack(View view, CaseType type, Stage stage) {

	public Workstack {
		view = view == null ? View.MINE : view;
	}

	public enum View {
		MINE, TEAM, ALL
	}
}
