package org.redbox.intake.acknowledgement;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an automatic acknowledgement may go to a sender (RFC 3834): never to a message a
 * machine sent — {@code Auto-Submitted} other than {@code no}, bulk or list mail, an
 * auto-responder's own reply — nor to a no-reply, bounce or postmaster address, nor to one of the
 * office's own addresses. That is what keeps two auto-responders from writing to each other for ever.
 */
public final class AutoReplyPolicy {

	private static final Pattern NO_REPLY = Pattern.compile(
			"^(no-?reply|do-?not-?reply|donotreply|noreply[-+.].*|no-reply[-+.].*|mailer-daemon|postmaster|bounces?|bounce[-+.].*|"
					+ "listserv|majordomo|notifications?)$");
	private static final Pattern ADDRESS = Pattern.compile("^[^@\\s\"<>]+@[^@\\s\"<>]+\\.[^@\\s\"<>]+$");
	private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "list", "junk", "auto_reply");

	private AutoReplyPolicy() {
	}

	/**
	 * Why no acknowledgement may go to {@code address}, or empty when one may.
	 *
	 * @param headers the incoming message's headers by lower-case name (empty for the web form)
	 * @param ownAddresses the office's own addresses, lower case
	 */
	public static Optional<String> refusal(String address, Map<String, String> headers, Set<String> ownAddresses) {
		if (address == null || !ADDRESS.matcher(address.strip()).matches()) {
			return Optional.of("no valid sender address");
		}
		String normalised = address.strip().toLowerCase(Locale.ROOT);
		String localPart = normalised.substring(0, normalised.lastIndexOf('@'));
		if (ownAddresses.contains(normalised)) {
			return Optional.of("the sender is one of the office's own addresses");
		}
		if (NO_REPLY.matcher(localPart).matches()) {
			return Optional.of("a no-reply or system address");
		}
		String autoSubmitted = header(headers, "auto-submitted");
		if (autoSubmitted != null && !autoSubmitted.isBlank() && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
			return Optional.of("sent automatically (Auto-Submitted: " + autoSubmitted.strip() + ")");
		}
		String precedence = header(headers, "precedence");
		if (precedence != null && BULK_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("bulk or list mail (Precedence: " + precedence.strip() + ")");
		}
		if (header(headers, "list-id") != null || header(headers, "list-unsubscribe") != null) {
			return Optional.of("mailing-list mail");
		}
		if (header(headers, "x-autoreply") != null || header(headers, "x-autorespond") != null) {
			return Optional.of("an auto-responder's reply");
		}
		String suppress = header(headers, "x-auto-response-suppress");
		if (suppress != null && suppress.toLowerCase(Locale.ROOT).matches(".*\\b(all|autoreply|oof)\\b.*")) {
			return Optional.of("the sender asked for no automatic replies");
		}
		return Optional.empty();
	}

	private static String header(Map<String, String> headers, String name) {
		return headers == null ? null : headers.get(name);
	}
}
