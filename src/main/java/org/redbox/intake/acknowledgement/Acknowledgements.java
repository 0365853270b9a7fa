package org.redbox.intake.acknowledgement;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.redbox.correspondence.IncomingCorrespondence.LoggedCase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owes an acknowledgement to whoever wrote in, once per case and address and never to a
 * machine ({@link AutoReplyPolicy}). The acknowledgement is written in the caller's transaction —
 * with the case it acknowledges, so a case that is not committed is never acknowledged — and
 * {@link AcknowledgementMailer} sends it after.
 */
@Service
public class Acknowledgements {

	private final AcknowledgementRepository acknowledgements;
	private final AcknowledgementSettings settings;
	private final Clock clock;

	Acknowledgements(AcknowledgementRepository acknowledgements, AcknowledgementSettings settings, Clock clock) {
		this.acknowledgements = acknowledgements;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Owes {@code to} an acknowledgement of {@code logged}, unless the policy refuses it or one is
	 * already owed or sent.
	 *
	 * @param headers the incoming message's headers by lower-case name; empty for the web form
	 * @param inReplyTo the incoming message's {@code Message-ID}, to thread the acknowledgement; may be null
	 */
	@Transactional
	public Outcome request(LoggedCase logged, String to, String name, Map<String, String> headers, String inReplyTo) {
		if (!settings.enabled()) {
			return Outcome.refused("acknowledgements are switched off");
		}
		var refusal = AutoReplyPolicy.refusal(to, headers, Set.of(settings.from().strip().toLowerCase(Locale.ROOT)));
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		String address = to.strip().toLowerCase(Locale.ROOT);
		if (acknowledgements.existsByCaseIdAndAddress(logged.id().value(), address)) {
			return Outcome.refused("already acknowledged");
		}
		acknowledgements.save(new Acknowledgement(logged.id().value(), logged.office().value(), address,
				name == null || name.isBlank() ? null : name.strip(), logged.reference(), logged.deadline(),
				inReplyTo, clock.instant()));
		return Outcome.OWED;
	}

	/**
	 * Owes the writer of a letter, or a caller, logged by staff an acknowledgement by email, under
	 * the same rules, when they gave an address and {@code staff-logged} is on.
	 */
	@Transactional
	public Outcome requestForStaffLogged(LoggedCase logged, String to, String name) {
		if (!settings.staffLogged()) {
			return Outcome.refused("post and calls are not acknowledged");
		}
		if (to == null || to.isBlank()) {
			return Outcome.refused("no email address");
		}
		return request(logged, to, name, Map.of(), null);
	}

	/** Whether an acknowledgement is now owed, or why not. */
	public record Outcome(boolean owed, String reason) {

		public static final Outcome OWED = new Outcome(true, null);

		static Outcome refused(String reason) {
			return new Outcome(false, reason);
		}
	}
}
