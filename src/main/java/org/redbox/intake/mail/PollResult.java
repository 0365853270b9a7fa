package org.redbox.intake.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * What one poll of a mailbox did.
 *
 * @param references the references of the cases made or added to, in order
 * @param already messages found already taken (a repeated fetch), moved without a new case
 * @param deferred messages left for the next poll
 * @param error why the poll stopped early, or {@code null}
 */
public record PollResult(int logged, int threaded, int already, int quarantined, int deferred, List<String> references,
		String error) {

	static PollResult busy() {
		return new PollResult(0, 0, 0, 0, 0, List.of(), "another poll of this mailbox is running");
	}

	static final class Counter {

		private int logged;
		private int threaded;
		private int already;
		private int quarantined;
		private int deferred;
		private final List<String> references = new ArrayList<>();
		private String error;

		void taken(MailIntake.Taken taken) {
			if (taken.already()) {
				already++;
			}
			else if (taken.threaded()) {
				threaded++;
				references.add(taken.reference());
			}
			else {
				logged++;
				references.add(taken.reference());
			}
		}

		void quarantined() {
			quarantined++;
		}

		void deferred() {
			deferred++;
		}

		void failed(String why) {
			error = why;
		}

		PollResult result() {
			return new PollResult(logged, threaded, already, quarantined, deferred, List.copyOf(references), error);
		}
	}
}
