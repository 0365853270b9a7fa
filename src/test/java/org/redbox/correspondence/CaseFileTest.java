package org.redbox.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.redbox.shared.StaffId;
import org.redbox.worktime.Extension;

class CaseFileTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
	private static final Actor CASEWORKER = new Actor(StaffId.random(), "Chris Patel");
	private static final Actor MAYOR = new Actor(StaffId.random(), "Alex Morgan");
	private static final CaseTypeRule MEMBER = CaseTypeRules.defaultRules().ruleFor(CaseType.MEMBER);
	private static final Schedule SCHEDULE = new Schedule(LocalDate.of(2026, 12, 21),
			Map.of(Stage.TRIAGE, LocalDate.of(2026, 11, 25), Stage.DRAFTING, LocalDate.of(2026, 12, 7)), false);

	private final CaseFile letter = CaseFile.log(new NewCase(OfficeId.random(), CaseType.MEMBER, Channel.LETTER,
			LocalDate.of(2026, 11, 23), "Bus route 42", "Dear Mayor, ...", List.of(), Set.of(), null, false, null),
			"MAY-2026-00001", SCHEDULE, CASEWORKER, NOW);

	@Test
	void aLoggedCaseStartsAtTriageWithItsDeadlineAndTimeline() {
		assertThat(letter.stage()).isEqualTo(Stage.TRIAGE);
		assertThat(letter.deadline()).isEqualTo(LocalDate.of(2026, 12, 21));
		assertThat(letter.stageDeadline()).isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(letter.timeline()).extracting(TimelineEntry::action).containsExactly("CaseLogged");
	}

	@Test
	void goesFromTriageToADispatchedReplyThroughEveryStageOfItsType() {
		draftAndSubmit();
		assertThat(letter.stage()).isEqualTo(Stage.QA);
		letter.approve(MEMBER, CASEWORKER, NOW);
		assertThat(letter.stage()).isEqualTo(Stage.PRIVATE_OFFICE);
		letter.approve(MEMBER, CASEWORKER, NOW);
		assertThat(letter.stage()).isEqualTo(Stage.SIGN_OFF);
		letter.signOff(MAYOR, NOW);
		assertThat(letter.stage()).isEqualTo(Stage.DISPATCH);
		letter.dispatch("post", CASEWORKER, NOW);

		assertThat(letter.stage()).isEqualTo(Stage.CLOSED);
		assertThat(letter.reply().signedByName()).isEqualTo("Alex Morgan");
		assertThat(letter.timeline()).extracting(TimelineEntry::action).contains("ReplySignedOff", "ReplyDispatched");
	}

	@Test
	void aReplyCannotBeDispatchedBeforeSignOff() {
		draftAndSubmit();

		assertThatThrownBy(() -> letter.dispatch("post", CASEWORKER, NOW)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("not Dispatch");
	}

	@Test
	void editingASignedReplySendsItBackForSignOffAndWhatIsSentIsTheSignedText() {
		draftAndSubmit();
		letter.approve(MEMBER, CASEWORKER, NOW);
		letter.approve(MEMBER, CASEWORKER, NOW);
		letter.signOff(MAYOR, NOW);
		String signedHash = letter.reply().signedHash();

		letter.saveDraft("<p>Dear Ms Jones, a different reply</p>", CASEWORKER, NOW);

		assertThat(letter.stage()).isEqualTo(Stage.SIGN_OFF);
		assertThat(letter.reply().isSigned()).isFalse();
		letter.signOff(MAYOR, NOW);
		assertThat(letter.reply().signedHash()).isNotEqualTo(signedHash).isEqualTo(Reply.sha256("<p>Dear Ms Jones, a different reply</p>"));
		assertThat(letter.reply().isIntact()).isTrue();
	}

	@Test
	void aReturnNeedsAReasonAndCountsAsRework() {
		draftAndSubmit();

		assertThatThrownBy(() -> letter.returnForRedraft(" ", CASEWORKER, NOW)).isInstanceOf(IllegalArgumentException.class);
		letter.returnForRedraft("Answer the question about the timetable", CASEWORKER, NOW);

		assertThat(letter.stage()).isEqualTo(Stage.DRAFTING);
		assertThat(letter.reworkCount()).isEqualTo(1);
		assertThat(letter.timeline().get(letter.timeline().size() - 1).summary()).contains("Answer the question about the timetable");
	}

	@Test
	void anEmptyDraftCannotBeSubmitted() {
		letter.completeTriage(Set.of("Transport"), false, SecurityMarking.OFFICIAL, CASEWORKER, NOW);
		letter.allocate(UUID.randomUUID(), "Correspondence", CASEWORKER.staffId(), "Chris Patel", CASEWORKER, NOW);

		assertThatThrownBy(() -> letter.submitDraft(MEMBER, CASEWORKER, NOW)).hasMessageContaining("Write the reply");
	}

	@Test
	void onlyATriagedCaseIsAllocatedAndOnlyAtTriageIsItClosedWithoutReply() {
		assertThatThrownBy(() -> letter.allocate(UUID.randomUUID(), "Team", CASEWORKER.staffId(), "Chris", CASEWORKER, NOW))
				.hasMessageContaining("Complete triage");

		letter.closeWithoutReply(NoReplyReason.COPIED_IN, "cc of a letter to the council", CASEWORKER, NOW);

		assertThat(letter.stage()).isEqualTo(Stage.CLOSED);
		assertThat(letter.noReplyReason()).isEqualTo(NoReplyReason.COPIED_IN);
		assertThatThrownBy(() -> letter.closeWithoutReply(NoReplyReason.SALES, null, CASEWORKER, NOW))
				.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aClosedCaseIsReopenedWithAReason() {
		letter.closeWithoutReply(NoReplyReason.OPINION_WITHOUT_QUESTION, null, CASEWORKER, NOW);

		letter.reopen("The writer asked a question after all", CASEWORKER, NOW);

		assertThat(letter.stage()).isEqualTo(Stage.DRAFTING);
		assertThat(letter.timeline()).extracting(TimelineEntry::action).contains("CaseReopened");
	}

	@Test
	void anExtensionThatWouldShortenTheDeadlineIsRefused() {
		Schedule earlier = new Schedule(LocalDate.of(2026, 12, 1), Map.of(), false);

		assertThatThrownBy(() -> letter.extend(new Extension(5, "more time"), c -> earlier, CASEWORKER, NOW))
				.hasMessageContaining("never shorten");
	}

	@Test
	void stoppingAndResumingTheClockReschedules() {
		letter.stopClock(LocalDate.of(2026, 11, 24), "clarification awaited", CASEWORKER, NOW);
		assertThat(letter.isClockStopped()).isTrue();
		assertThatThrownBy(() -> letter.stopClock(LocalDate.of(2026, 11, 25), "again", CASEWORKER, NOW))
				.hasMessageContaining("already stopped");

		letter.resumeClock(LocalDate.of(2026, 11, 30), c -> new Schedule(LocalDate.of(2026, 12, 28), Map.of(), false),
				CASEWORKER, NOW);

		assertThat(letter.isClockStopped()).isFalse();
		assertThat(letter.deadline()).isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(letter.clockStops()).singleElement().extracting(StoppedClock::resumedOn).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void aContributionIsAskedWhileDraftingAnsweredOnceAndOnTheTimeline() {
		letter.completeTriage(Set.of("Housing"), false, SecurityMarking.OFFICIAL, CASEWORKER, NOW);
		assertThatThrownBy(() -> letter.requestContribution(UUID.randomUUID(), "Housing directorate", "Repairs backlog?",
				LocalDate.of(2026, 11, 30), null, LocalDate.of(2026, 11, 23), CASEWORKER, NOW))
				.as("only while drafting").isInstanceOf(IllegalStateException.class);
		letter.allocate(UUID.randomUUID(), "Correspondence", CASEWORKER.staffId(), "Chris Patel", CASEWORKER, NOW);

		var request = letter.requestContribution(UUID.randomUUID(), "Housing directorate", "How many repairs are late?",
				LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 2), LocalDate.of(2026, 11, 23), CASEWORKER, NOW);
		assertThat(request.remindOn()).as("never reminded after it is due").isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(request.isOverdue(LocalDate.of(2026, 12, 1))).isTrue();

		letter.answerContribution(request.id(), "312 repairs are past their target date.", MAYOR, NOW);

		assertThat(letter.contribution(request.id()).status()).isEqualTo(ContributionRequest.Status.ANSWERED);
		assertThat(letter.contribution(request.id()).isOverdue(LocalDate.of(2026, 12, 1))).isFalse();
		assertThatThrownBy(() -> letter.answerContribution(request.id(), "Again", MAYOR, NOW))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("already been answered");
		assertThatThrownBy(() -> letter.cancelContribution(request.id(), CASEWORKER, NOW))
				.isInstanceOf(IllegalStateException.class);
		assertThat(letter.timeline()).extracting(TimelineEntry::summary).contains(
				"Contribution requested from Housing directorate, due 2026-11-30",
				"Contribution received from Housing directorate");
	}

	@Test
	void aContributionCannotBeDueInThePastNorAskedWithoutAQuestion() {
		letter.completeTriage(Set.of("Housing"), false, SecurityMarking.OFFICIAL, CASEWORKER, NOW);
		letter.allocate(UUID.randomUUID(), "Correspondence", CASEWORKER.staffId(), "Chris Patel", CASEWORKER, NOW);
		LocalDate today = LocalDate.of(2026, 11, 23);

		assertThatThrownBy(() -> letter.requestContribution(UUID.randomUUID(), "Housing directorate", "Figures?",
				today.minusDays(1), null, today, CASEWORKER, NOW)).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("due today or later");
		assertThatThrownBy(() -> letter.requestContribution(UUID.randomUUID(), "Housing directorate", "  ",
				today, null, today, CASEWORKER, NOW)).isInstanceOf(IllegalArgumentException.class);
		assertThat(letter.contributions()).isEmpty();
	}

	@Test
	void aWithdrawnContributionCannotBeAnswered() {
		letter.completeTriage(Set.of("Housing"), false, SecurityMarking.OFFICIAL, CASEWORKER, NOW);
		letter.allocate(UUID.randomUUID(), "Correspondence", CASEWORKER.staffId(), "Chris Patel", CASEWORKER, NOW);
		var request = letter.requestContribution(UUID.randomUUID(), "Housing directorate", "Figures?",
				LocalDate.of(2026, 11, 30), null, LocalDate.of(2026, 11, 23), CASEWORKER, NOW);

		letter.cancelContribution(request.id(), CASEWORKER, NOW);

		assertThatThrownBy(() -> letter.answerContribution(request.id(), "Late figures", MAYOR, NOW))
				.isInstanceOf(IllegalStateException.class).hasMessageContaining("cancelled");
	}

	private void draftAndSubmit() {
		letter.completeTriage(Set.of("Transport"), false, SecurityMarking.OFFICIAL, CASEWORKER, NOW);
		letter.allocate(UUID.randomUUID(), "Correspondence", CASEWORKER.staffId(), "Chris Patel", CASEWORKER, NOW);
		letter.saveDraft("<p>Dear Ms Jones</p>", CASEWORKER, NOW);
		letter.submitDraft(MEMBER, CASEWORKER, NOW);
	}
}
