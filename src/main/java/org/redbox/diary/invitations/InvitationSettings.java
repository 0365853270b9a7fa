package org.redbox.diary.invitations;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office's priorities for invitations ({@code redbox.invitations.*}): the minimum notice
 * (less is declined by rule), the criteria and their weights, the scores at which Redbox
 * recommends accepting or delegating, and the reply wording for each decision. Anything left out
 * keeps the defaults.
 *
 * @param minimumNoticeWorkingDays clear working days between receipt and the event below which an invitation is declined by rule
 * @param themes the office's strategic priority themes, as keywords looked for in the event, organiser and letter
 * @param wards the wards or constituency places the principal represents, looked for in the ward and venue
 * @param stakeholders organisations and people the office counts as important stakeholders, looked for in the organiser and other VIPs
 * @param replies reply wording per decision (safe HTML with merge fields); a decision left out keeps the built-in wording
 */
@ConfigurationProperties("redbox.invitations")
public record InvitationSettings(@DefaultValue("3") int minimumNoticeWorkingDays, List<String> themes, List<String> wards,
		List<String> stakeholders, @DefaultValue Weights weights, @DefaultValue Thresholds thresholds,
		Map<InvitationDecision, String> replies) {

	static final List<String> DEFAULT_THEMES = List.of("housing", "homes", "transport", "cycling", "buses", "schools",
			"young people", "jobs", "climate", "net zero");
	static final List<String> DEFAULT_WARDS = List.of("Larkfield", "Mill Road", "Exampleton Central", "Riverside");
	static final List<String> DEFAULT_STAKEHOLDERS = List.of("NHS", "University", "Chamber of Commerce", "MP", "Police",
			"Combined Authority");

	public InvitationSettings {
		if (minimumNoticeWorkingDays < 0) {
			throw new IllegalArgumentException("redbox.invitations.minimum-notice-working-days cannot be negative");
		}
		themes = List.copyOf(themes == null ? DEFAULT_THEMES : themes);
		wards = List.copyOf(wards == null ? DEFAULT_WARDS : wards);
		stakeholders = List.copyOf(stakeholders == null ? DEFAULT_STAKEHOLDERS : stakeholders);
		weights = weights == null ? Weights.defaults() : weights;
		thresholds = thresholds == null ? Thresholds.defaults() : thresholds;
		replies = replies == null ? Map.of() : Map.copyOf(replies);
	}

	/** The defaults, as an office that configures nothing has them. */
	public static InvitationSettings defaults() {
		return new InvitationSettings(3, null, null, null, null, null, null);
	}

	/**
	 * Points each criterion adds (or, for risk and short notice, takes away).
	 *
	 * @param theme the event touches a strategic priority theme
	 * @param ward the event is in one of the principal's wards or constituency
	 * @param stakeholder the organiser or another guest is an important stakeholder
	 * @param largeAudience the audience is at least {@link Thresholds#largeAudience()}
	 * @param speakingRole the principal is asked to speak, present an award or open something
	 * @param media the media will be there
	 * @param reputationalRisk triage marked the letter as a reputational risk (subtracted)
	 * @param shortNotice less than {@link Thresholds#comfortableNoticeWorkingDays()} working days' notice (subtracted)
	 */
	public record Weights(@DefaultValue("25") int theme, @DefaultValue("15") int ward, @DefaultValue("15") int stakeholder,
			@DefaultValue("10") int largeAudience, @DefaultValue("5") int speakingRole, @DefaultValue("10") int media,
			@DefaultValue("30") int reputationalRisk, @DefaultValue("10") int shortNotice) {

		public static Weights defaults() {
			return new Weights(25, 15, 15, 10, 5, 10, 30, 10);
		}
	}

	/**
	 * @param accept the score from which Redbox recommends accepting
	 * @param delegate the score from which it recommends considering a deputy (when one is acceptable)
	 * @param largeAudience the audience from which it counts as large
	 * @param comfortableNoticeWorkingDays notice below this (but at least the minimum) costs points
	 */
	public record Thresholds(@DefaultValue("40") int accept, @DefaultValue("20") int delegate,
			@DefaultValue("150") int largeAudience, @DefaultValue("10") int comfortableNoticeWorkingDays) {

		public static Thresholds defaults() {
			return new Thresholds(40, 20, 150, 10);
		}
	}
}
