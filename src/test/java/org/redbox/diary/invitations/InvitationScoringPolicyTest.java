package org.redbox.diary.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redbox.diary.EntryTime;
import org.redbox.diary.invitations.InvitationAssessment.Reason;
import org.redbox.diary.invitations.InvitationAssessment.Recommendation;
import org.redbox.worktime.HolidayRegion;
import org.redbox.worktime.WorkingCalendar;

class InvitationScoringPolicyTest {

	/** Easter 2026: Good Friday 3 April and Easter Monday 6 April are bank holidays. */
	static final WorkingCalendar EASTER_2026 = new WorkingCalendar(HolidayRegion.ENGLAND_AND_WALES,
			Map.of(LocalDate.of(2026, 4, 3), "Good Friday", LocalDate.of(2026, 4, 6), "Easter Monday"));
	static final WorkingCalendar NO_HOLIDAYS = new WorkingCalendar(HolidayRegion.ENGLAND_AND_WALES, Map.of());
	static final LocalDate WEDNESDAY_1_APRIL = LocalDate.of(2026, 4, 1);

	final InvitationScoringPolicy policy = new InvitationScoringPolicy(InvitationSettings.defaults());

	@Test
	void aBankHolidayWeekendLeavesTooLittleNoticeAndTheInvitationIsDeclinedByRule() {
		// Arrives Wednesday 1 April for Wednesday 8 April: Thursday and Tuesday are the only clear working days.
		var facts = facts(details("Cycling festival opening", LocalDate.of(2026, 4, 8), InvitationRole.OPENING, 500, true, false),
				WEDNESDAY_1_APRIL, false, List.of());

		var withEaster = policy.assess(facts, EASTER_2026, WEDNESDAY_1_APRIL);
		var withoutHolidays = policy.assess(facts, NO_HOLIDAYS, WEDNESDAY_1_APRIL);

		assertThat(withEaster.noticeWorkingDays()).isEqualTo(2);
		assertThat(withEaster.shortNotice()).isTrue();
		assertThat(withEaster.recommendation()).isEqualTo(Recommendation.DECLINE);
		assertThat(withEaster.reasons()).extracting(Reason::text)
				.contains("Declined by rule: 2 working days' notice, less than the office's minimum of 3 working days");
		assertThat(withoutHolidays.noticeWorkingDays()).isEqualTo(4);
		assertThat(withoutHolidays.shortNotice()).isFalse();
		assertThat(withoutHolidays.recommendation()).isEqualTo(Recommendation.ACCEPT);
		assertThat(withEaster.headline()).startsWith("Declined by rule: 2 working days");
	}

	@Test
	void exactlyTheMinimumNoticeIsEnough() {
		// Monday 13 April to Friday 17 April: Tuesday, Wednesday and Thursday are clear.
		var facts = facts(details("Schools awards", LocalDate.of(2026, 4, 17), InvitationRole.AWARD, 200, true, false),
				LocalDate.of(2026, 4, 13), false, List.of());

		var assessment = policy.assess(facts, EASTER_2026, LocalDate.of(2026, 4, 13));

		assertThat(assessment.noticeWorkingDays()).isEqualTo(3);
		assertThat(assessment.shortNotice()).isFalse();
	}

	@Test
	void eachCriterionAddsItsWeightAndTheReasonsSayWhy() {
		var d = new InvitationDetails("Launch of the Larkfield cycling hub", at(LocalDate.of(2026, 6, 10)), "Larkfield Community Centre",
				null, "Exampleton Cycling Trust with the NHS", InvitationRole.SPEECH, 300, true, null, false, null);

		var assessment = policy.assess(facts(d, LocalDate.of(2026, 4, 13), false, List.of()), EASTER_2026, LocalDate.of(2026, 4, 13));

		assertThat(assessment.reasons()).extracting(Reason::describe).containsExactly("+25 Strategic priority: cycling",
				"+15 In the principal's area: Larkfield", "+15 Important stakeholder: NHS", "+10 Large audience: about 300",
				"+5 A speaking part: give a speech", "+10 Media present");
		assertThat(assessment.score()).isEqualTo(80);
		assertThat(assessment.recommendation()).isEqualTo(Recommendation.ACCEPT);
		assertThat(assessment.headline())
				.isEqualTo("Accept (score 80): Strategic priority: cycling; In the principal's area: Larkfield");
	}

	@Test
	void keywordsMatchWholeWordsOnly() {
		// "MP" is a stakeholder, but not inside "Campaign"; "homes" is a theme, but not "Holmes".
		var d = new InvitationDetails("Campaign dinner", at(LocalDate.of(2026, 6, 10)), null, null, "Sherlock Holmes Society",
				InvitationRole.GUEST, 40, false, null, false, null);

		var assessment = policy.assess(facts(d, LocalDate.of(2026, 4, 13), false, List.of()), EASTER_2026, LocalDate.of(2026, 4, 13));

		assertThat(assessment.score()).isZero();
		assertThat(assessment.recommendation()).isEqualTo(Recommendation.DECLINE);
	}

	@Test
	void reputationalRiskAndShortishNoticeTakePointsAway() {
		var d = details("Housing conference", LocalDate.of(2026, 4, 20), InvitationRole.SPEECH, 50, false, true);

		var assessment = policy.assess(facts(d, LocalDate.of(2026, 4, 13), true, List.of()), EASTER_2026, LocalDate.of(2026, 4, 13));

		assertThat(assessment.reasons()).extracting(Reason::describe).contains("\u221230 Triage marked it a reputational risk",
				"\u221210 Short notice: 4 working days");
		assertThat(assessment.score()).isEqualTo(25 + 5 - 30 - 10);
		assertThat(assessment.recommendation()).isEqualTo(Recommendation.DECLINE);
	}

	@Test
	void aMiddlingScoreWithADeputyWelcomeIsOneToDelegate() {
		var d = details("Housing forum", LocalDate.of(2026, 6, 10), InvitationRole.GUEST, 30, false, true);

		var assessment = policy.assess(facts(d, LocalDate.of(2026, 4, 13), false, List.of()), EASTER_2026, LocalDate.of(2026, 4, 13));

		assertThat(assessment.score()).isEqualTo(25);
		assertThat(assessment.recommendation()).isEqualTo(Recommendation.CONSIDER_DELEGATING);
	}

	@Test
	void aClashTurnsAnAcceptIntoDelegatingWhenADeputyWouldDo() {
		var d = details("Cycling festival opening", LocalDate.of(2026, 6, 10), InvitationRole.OPENING, 500, true, true);
		var clash = List.of("\u201cCycling festival opening\u201d overlaps \u201cCabinet\u201d");

		var assessment = policy.assess(facts(d, LocalDate.of(2026, 4, 13), false, clash), EASTER_2026, LocalDate.of(2026, 4, 13));

		assertThat(assessment.recommendation()).isEqualTo(Recommendation.CONSIDER_DELEGATING);
		assertThat(assessment.reasons()).extracting(Reason::text).contains("Clash: " + clash.get(0));
	}

	@Test
	void anEventAlreadyPastIsDeclined() {
		var d = details("Cycling festival opening", LocalDate.of(2026, 4, 20), InvitationRole.OPENING, 500, true, true);

		var assessment = policy.assess(facts(d, LocalDate.of(2026, 4, 1), false, List.of()), EASTER_2026, LocalDate.of(2026, 4, 21));

		assertThat(assessment.recommendation()).isEqualTo(Recommendation.DECLINE);
		assertThat(assessment.reasons()).extracting(Reason::text).contains("The event has already taken place");
	}

	@Test
	void theOfficeSetsItsOwnMinimumNoticeAndWeights() {
		var settings = new InvitationSettings(0, List.of("libraries"), List.of(), List.of(), new InvitationSettings.Weights(50, 0, 0, 0,
				0, 0, 0, 0), new InvitationSettings.Thresholds(50, 20, 150, 10), null);
		var d = details("Libraries week", LocalDate.of(2026, 4, 2), InvitationRole.GUEST, null, false, false);

		var assessment = new InvitationScoringPolicy(settings).assess(facts(d, WEDNESDAY_1_APRIL, false, List.of()), EASTER_2026,
				WEDNESDAY_1_APRIL);

		assertThat(assessment.shortNotice()).isFalse();
		assertThat(assessment.score()).isEqualTo(50);
		assertThat(assessment.recommendation()).isEqualTo(Recommendation.ACCEPT);
	}

	static InvitationDetails details(String event, LocalDate day, InvitationRole role, Integer audience, boolean media, boolean deputy) {
		return new InvitationDetails(event, at(day), "Town Hall", null, "Exampleton Forum", role, audience, media, null, deputy, null);
	}

	static EntryTime at(LocalDate day) {
		return EntryTime.timed(LocalDateTime.of(day, LocalTime.of(18, 0)), LocalDateTime.of(day, LocalTime.of(20, 0)), EntryTime.LONDON);
	}

	static InvitationScoringPolicy.Facts facts(InvitationDetails d, LocalDate received, boolean risk, List<String> clashes) {
		return new InvitationScoringPolicy.Facts(d, received, "An invitation", risk, clashes);
	}
}
