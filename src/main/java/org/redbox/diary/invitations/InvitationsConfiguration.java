package org.redbox.diary.invitations;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The invitation rules as the office configures them, with the clock they are applied by. */
@Configuration
class InvitationsConfiguration {

	@Bean
	Rules invitationRules(InvitationSettings settings, Clock clock) {
		return new Rules(settings, new InvitationScoringPolicy(settings), new InvitationReplies(settings), clock);
	}

	/** The settings, the scoring policy, the reply wording and the clock. */
	record Rules(InvitationSettings settings, InvitationScoringPolicy scoring, InvitationReplies replies, Clock clock) {
	}
}
