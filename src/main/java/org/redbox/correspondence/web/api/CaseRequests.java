package org.redbox.correspondence.web.api;

import java.util.List;

/** The bodies the case API takes. Values are strings so that a bad one gets a problem naming its field. */
public final class CaseRequests {

	private CaseRequests() {
	}

	/**
	 * A case to log. Only office, type, subject, text and correspondent.name are required;
	 * channel defaults to EMAIL, receivedOn to today, marking to OFFICIAL.
	 */
	public record NewCaseRequest(String office, String type, String channel, String receivedOn, String subject,
			String text, CorrespondentRequest correspondent, List<String> topics, String marking, String descriptor,
			Boolean reputationalRisk) {
	}

	/** Who wrote: found by email among the office's contacts, or registered. */
	public record CorrespondentRequest(String name, String email, String address) {
	}

	/**
	 * A transition: {@code action} and the fields that action takes (see {@link CaseTransitions}).
	 */
	public record TransitionRequest(String action, List<String> topics, Boolean reputationalRisk, String marking,
			String descriptor, String reason, String note, String team, String officer, String html, String method) {
	}
}
