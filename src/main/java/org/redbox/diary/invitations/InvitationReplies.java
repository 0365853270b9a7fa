package org.redbox.diary.invitations;

import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Entities;

/**
 * The reply to an invitation, from the wording for its decision ({@link InvitationSettings#replies()}
 * or the built-in wording). The invitation's own fields are filled here — {@code {{event}}},
 * {@code {{event.date}}}, {@code {{event.time}}}, {@code {{venue}}}, {@code {{organiser}}},
 * {@code {{delegate}}} — escaped, with braces in their values neutralised; the letter's fields
 * ({@code {{correspondent.name}}}, {@code {{reference}}}, {@code {{signature}}} and the rest)
 * are left for correspondence to fill, which refuses any it does not know.
 */
public final class InvitationReplies {

	private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*(event|event\\.date|event\\.time|venue|organiser|delegate)\\s*}}");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.UK);

	static final Map<InvitationDecision, String> BUILT_IN = new EnumMap<>(Map.of(
			InvitationDecision.ACCEPT, """
					<p>Dear {{correspondent.name}},</p>
					<p>Thank you for your kind invitation to {{event}} on {{event.date}} at {{event.time}}, {{venue}}. \
					I am delighted to accept, and my office will be in touch about the arrangements.</p>
					<p>Yours sincerely,</p><p>{{signature}}</p><p>Reference: {{reference}}</p>""",
			InvitationDecision.DECLINE, """
					<p>Dear {{correspondent.name}},</p>
					<p>Thank you for your kind invitation to {{event}} on {{event.date}}. I am sorry that I am unable \
					to accept on this occasion, and I send my best wishes for a successful event.</p>
					<p>Yours sincerely,</p><p>{{signature}}</p><p>Reference: {{reference}}</p>""",
			InvitationDecision.DELEGATE, """
					<p>Dear {{correspondent.name}},</p>
					<p>Thank you for your kind invitation to {{event}} on {{event.date}} at {{event.time}}, {{venue}}. \
					I am unable to attend myself, but I am pleased to say that the {{delegate}} will attend in my place. \
					Their office will be in touch about the arrangements.</p>
					<p>Yours sincerely,</p><p>{{signature}}</p><p>Reference: {{reference}}</p>"""));

	private final Map<InvitationDecision, String> wording;

	public InvitationReplies(InvitationSettings settings) {
		wording = new EnumMap<>(BUILT_IN);
		wording.putAll(settings.replies());
	}

	/**
	 * The reply's body for {@code decision}, with the invitation's fields filled and the letter's left.
	 *
	 * @param delegate the title of whoever goes instead (the post, e.g. "Cabinet Member for Housing"); {@code null} unless delegated
	 */
	public String draft(InvitationDecision decision, InvitationDetails details, String delegate) {
		var values = new LinkedHashMap<String, String>();
		values.put("event", details.eventName());
		values.put("event.date", DATE.format(details.time().start()));
		values.put("event.time", TIME.format(details.time().start()).toLowerCase(Locale.UK));
		values.put("venue", details.venue() == null ? "the venue" : details.venue());
		values.put("organiser", details.organiser());
		values.put("delegate", delegate);
		return FIELD.matcher(wording.get(decision)).replaceAll(r -> Matcher.quoteReplacement(safe(values.get(r.group(1)))));
	}

	/** Escaped for HTML, with braces written as entities so a value can never become a merge field. */
	private static String safe(String value) {
		return value == null ? "" : Entities.escape(value).replace("{", "&#123;").replace("}", "&#125;");
	}
}
