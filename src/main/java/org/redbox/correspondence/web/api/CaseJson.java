package org.redbox.correspondence.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A case as the API shows it: what its page shows, in JSON. */
public record CaseJson(UUID id, String reference, String office, String type, String stage, String subject, String text,
		LocalDate receivedOn, LocalDate deadline, LocalDate stageDeadline, PriorityJson priority, String marking,
		List<String> topics, String team, String officer, List<CorrespondentJson> correspondents,
		List<TimelineJson> timeline) {

	/** The priority score and the reasons for it. */
	public record PriorityJson(int score, List<String> reasons) {
	}

	public record CorrespondentJson(UUID id, String name, String email) {
	}

	/** One event of the timeline, newest first; {@code kind} is the event's name, e.g. CaseAllocated. */
	public record TimelineJson(Instant at, String kind, String summary, String by) {
	}

	/** One line of a list of cases (search results or a workstack). */
	public record CaseSummaryJson(UUID id, String reference, String subject, String stage, LocalDate deadline,
			String office) {
	}

	/** A page of cases; {@code total} counts only cases the caller may see. */
	public record CaseListJson(List<CaseSummaryJson> results, int page, int size, long total) {
	}
}
