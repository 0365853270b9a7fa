package org.redbox.diary.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.redbox.correspondence.MergeFields;

class InvitationRepliesTest {

	@Test
	void fillsTheInvitationsFieldsAndLeavesTheLettersForCorrespondence() {
		var details = InvitationScoringPolicyTest.details("Opening of the <b>Mill Road</b> library", LocalDate.of(2026, 6, 10),
				InvitationRole.OPENING, 100, false, true);

		String html = new InvitationReplies(InvitationSettings.defaults()).draft(InvitationDecision.DELEGATE, details,
				"Cabinet Member for Housing");

		assertThat(html).contains("Opening of the &lt;b&gt;Mill Road&lt;/b&gt; library", "Wednesday 10 June 2026", "6:00 pm",
				"Town Hall", "the Cabinet Member for Housing will attend in my place", "{{correspondent.name}}", "{{signature}}");
		assertThat(MergeFields.unknownIn(html)).isEmpty();
	}

	@Test
	void aValueCanNeverBecomeAMergeField() {
		var details = InvitationScoringPolicyTest.details("Gala {{reference}}", LocalDate.of(2026, 6, 10), InvitationRole.GUEST, null,
				false, false);

		String html = new InvitationReplies(InvitationSettings.defaults()).draft(InvitationDecision.DECLINE, details, null);

		assertThat(html).contains("Gala &#123;&#123;reference&#125;&#125;");
	}

	@Test
	void theOfficesOwnWordingReplacesTheBuiltInOne() {
		var settings = new InvitationSettings(3, null, null, null, null, null,
				Map.of(InvitationDecision.ACCEPT, "<p>Yes to {{event}}, {{correspondent.name}}.</p>"));
		var details = InvitationScoringPolicyTest.details("Fun run", LocalDate.of(2026, 6, 10), InvitationRole.GUEST, null, false, false);

		assertThat(new InvitationReplies(settings).draft(InvitationDecision.ACCEPT, details, null))
				.isEqualTo("<p>Yes to Fun run, {{correspondent.name}}.</p>");
	}
}
