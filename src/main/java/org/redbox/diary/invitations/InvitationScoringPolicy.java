package org.redbox.diary.invitations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.redbox.diary.invitations.InvitationAssessment.Reason;
import org.redbox.diary.invitations.InvitationAssessment.Recommendation;
import org.redbox.worktime.WorkingCalendar;

/**
 * Scores an invitation against the office's priorities ({@link InvitationSettings}) and
 * recommends: accept at or above the accept score; at or above the delegate score, consider
 * delegating when a deputy is acceptable; otherwise decline. Less notice than the office's
 * minimum — clear working days between the day the letter arrived and the day of the event,
 * bank holidays skipped — is declined by rule, whatever the score, and so is an event already
 * past. A clash in the principal's diary turns an accept into "consider delegating" when a
 * deputy would do. It recommends; people decide.
 */
public final class InvitationScoringPolicy {

	private static final Set<InvitationRole> SPEAKING = EnumSet.of(InvitationRole.SPEECH, InvitationRole.AWARD,
			InvitationRole.OPENING);

	private final InvitationSettings settings;

	public InvitationScoringPolicy(InvitationSettings settings) {
		this.settings = settings;
	}

	/** The score, recommendation and reasons for an invitation as {@code facts} describe it, on {@code today}. */
	public InvitationAssessment assess(Facts facts, WorkingCalendar calendar, LocalDate today) {
		InvitationDetails d = facts.details();
		var weights = settings.weights();
		var reasons = new ArrayList<Reason>();
		String about = String.join(" ", Stream.of(d.eventName(), d.organiser(), facts.subject()).filter(s -> s != null).toList());
		matched(settings.themes(), about).ifPresent(found -> reasons.add(new Reason(weights.theme(), "Strategic priority: " + found)));
		matched(settings.wards(), join(d.ward(), d.venue()))
				.ifPresent(found -> reasons.add(new Reason(weights.ward(), "In the principal's area: " + found)));
		matched(settings.stakeholders(), join(d.organiser(), d.otherVips()))
				.ifPresent(found -> reasons.add(new Reason(weights.stakeholder(), "Important stakeholder: " + found)));
		if (d.audienceSize() != null && d.audienceSize() >= settings.thresholds().largeAudience()) {
			reasons.add(new Reason(weights.largeAudience(), "Large audience: about " + d.audienceSize()));
		}
		if (SPEAKING.contains(d.role())) {
			reasons.add(new Reason(weights.speakingRole(), "A speaking part: " + d.role().displayName().toLowerCase(Locale.UK)));
		}
		if (d.mediaPresent()) {
			reasons.add(new Reason(weights.media(), "Media present"));
		}
		if (facts.reputationalRisk()) {
			reasons.add(new Reason(-weights.reputationalRisk(), "Triage marked it a reputational risk"));
		}
		int notice = noticeWorkingDays(facts.receivedOn(), d.eventDate(), calendar);
		boolean shortNotice = notice < settings.minimumNoticeWorkingDays();
		if (!shortNotice && notice < settings.thresholds().comfortableNoticeWorkingDays()) {
			reasons.add(new Reason(-weights.shortNotice(), "Short notice: " + days(notice)));
		}
		int score = reasons.stream().mapToInt(Reason::points).sum();
		Recommendation recommendation = recommend(score, d, facts, shortNotice, today, reasons, notice);
		return new InvitationAssessment(score, recommendation, reasons, notice, shortNotice);
	}

	/** Clear working days after {@code received} and before {@code event}: neither day counts. */
	public static int noticeWorkingDays(LocalDate received, LocalDate event, WorkingCalendar calendar) {
		return calendar.workingDaysBetween(received, event.minusDays(1));
	}

	private Recommendation recommend(int score, InvitationDetails d, Facts facts, boolean shortNotice, LocalDate today,
			List<Reason> reasons, int notice) {
		if (d.eventDate().isBefore(today)) {
			reasons.add(new Reason(0, "The event has already taken place"));
			return Recommendation.DECLINE;
		}
		if (shortNotice) {
			reasons.add(new Reason(0, "Declined by rule: " + (notice == 1 ? "1 working day's" : notice + " working days'")
					+ " notice, less than the office's minimum of " + days(settings.minimumNoticeWorkingDays())));
			return Recommendation.DECLINE;
		}
		facts.clashes().forEach(clash -> reasons.add(new Reason(0, "Clash: " + clash)));
		var thresholds = settings.thresholds();
		if (score >= thresholds.accept()) {
			if (!facts.clashes().isEmpty() && d.deputyAcceptable()) {
				return Recommendation.CONSIDER_DELEGATING;
			}
			return Recommendation.ACCEPT;
		}
		if (score >= thresholds.delegate() && d.deputyAcceptable()) {
			reasons.add(new Reason(0, "Worth attending, and a deputy is acceptable"));
			return Recommendation.CONSIDER_DELEGATING;
		}
		reasons.add(new Reason(0, "Scores " + score + ", below the " + (d.deputyAcceptable() ? thresholds.delegate()
				: thresholds.accept()) + " needed to " + (d.deputyAcceptable() ? "send a deputy" : "accept")));
		return Recommendation.DECLINE;
	}

	/** The keywords found in {@code text}, as whole words ignoring case, joined for a reason. */
	private static Optional<String> matched(List<String> keywords, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String found = keywords.stream().filter(k -> !k.isBlank())
				.filter(k -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(k.strip()) + "(?![\\p{L}\\p{N}])",
						Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find())
				.collect(Collectors.joining(", "));
		return found.isEmpty() ? Optional.empty() : Optional.of(found);
	}

	private static String join(String a, String b) {
		return Stream.of(a, b).filter(s -> s != null).collect(Collectors.joining(" "));
	}

	private static String days(int n) {
		return n == 1 ? "1 working day" : n + " working days";
	}

	/**
	 * What the score is worked out from.
	 *
	 * @param subject the letter's subject, searched for themes with the event and organiser
	 * @param reputationalRisk whether triage marked the letter a reputational risk
	 * @param clashes the clashes the event would have in the principal's diary, as warnings
	 */
	public record Facts(InvitationDetails details, LocalDate receivedOn, String subject, boolean reputationalRisk,
			List<String> clashes) {

		public Facts {
			clashes = clashes == null ? List.of() : List.copyOf(clashes);
		}
	}
}
