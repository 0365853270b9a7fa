package org.redbox.correspondence.internal;

import java.util.List;
import java.util.regex.Pattern;
import java.util.UUID;

import org.redbox.contacts.LanguagePreference;
import org.redbox.correspondence.CampaignCases;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseTypeRules;
import org.redbox.correspondence.LetterContext;
import org.redbox.correspondence.MergeFields;
import org.redbox.correspondence.Stage;
import org.redbox.correspondence.StageMovePolicy;
import org.redbox.directory.SignedInStaff;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first step of sending a campaign's reply to one member: the lead case's signed-off reply,
 * with the lead's merge-field values (correspondent's name and address, reference) replaced by
 * the member's, becomes the member's signed reply at dispatch — committed before anything is
 * sent, so that a retry after a crash sends the same text once more at most (see EmailDispatch).
 */
@Component
@Transactional
class CampaignReplyAdoption {

	/** The merge fields that differ from member to member; dates and the signature are the lead's. */
	private static final List<String> PERSONAL_FIELDS = List.of("correspondent.address", "correspondent.name", "reference");

	private final CaseRecords records;
	private final CaseTypeRules rules;
	private final LetterContexts contexts;

	CampaignReplyAdoption(CaseRecords records, CaseTypeRules rules, LetterContexts contexts) {
		this.records = records;
		this.rules = rules;
		this.contexts = contexts;
	}

	/** What adopting did: nothing (the member is closed already), or a reply to send by email or post. */
	enum Adopted {
		ALREADY_CLOSED, TO_EMAIL, TO_POST
	}

	/**
	 * Makes the member's reply, and says how it can go: {@code ALREADY_CLOSED} (changing nothing)
	 * when the member is closed, {@code TO_EMAIL} when a correspondent has an email address.
	 *
	 * @throws IllegalStateException when the lead's reply is not signed off or was changed since
	 */
	Adopted adopt(SignedInStaff by, UUID leadId, UUID memberId) {
		CaseFile lead = records.visible(by, leadId);
		if (!lead.reply().isIntact() || lead.stage() != Stage.DISPATCH && lead.stage() != Stage.CLOSED) {
			throw new CampaignCases.LeadReplyNotSignedOff(lead.reference());
		}
		CaseFile member = records.visible(by, memberId);
		if (!member.officeId().equals(lead.officeId())) {
			throw new IllegalArgumentException(member.reference() + " is another office's case");
		}
		if (!member.isOpen()) {
			return Adopted.ALREADY_CLOSED;
		}
		if (!StageMovePolicy.mayAct(by, member, rules.ruleFor(member.type()))) {
			throw new AccessDeniedException("You may not send the reply of " + member.reference());
		}
		member.adoptCampaignReply(personalise(lead, member), lead.reply().signedByName(), lead.reference(), by.actor(),
				records.now());
		records.save(member);
		return records.correspondentsOf(member).stream().anyMatch(p -> p.email() != null) ? Adopted.TO_EMAIL
				: Adopted.TO_POST;
	}

	private String personalise(CaseFile lead, CaseFile member) {
		LetterContext from = contexts.of(lead, LanguagePreference.ENGLISH);
		LetterContext to = contexts.of(member, LanguagePreference.ENGLISH);
		String html = lead.reply().html();
		for (String field : PERSONAL_FIELDS) {
			String leadValue = MergeFields.merge("{{" + field + "}}", from);
			if (!leadValue.isBlank()) {
				html = html.replace(leadValue, MergeFields.merge("{{" + field + "}}", to));
			}
		}
		String leadName = MergeFields.merge("{{correspondent.name}}", from);
		String memberName = MergeFields.merge("{{correspondent.name}}", to);
		var leftover = stillNames(html, leadName, memberName);
		if (leftover.isPresent()) {
			throw new IllegalStateException("The reply of " + lead.reference() + " names its correspondent as \""
					+ leftover.get() + "\" where the template's merge field was not used, so it cannot be sent to other members: "
					+ "greet them with the name merge field, or by no name, and sign it off again");
		}
		return html;
	}

	private static final Pattern WORDS = Pattern.compile("[\\p{L}'’-]+");
	private static final List<String> HONORIFICS = List.of("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Cllr", "Sir", "Dame", "Lady", "Lord");

	/**
	 * How a personalised reply still names the lead's correspondent, if it does: their full name,
	 * "Dear" and their first name, or a title and their surname — a name typed by hand rather than
	 * merged, which would otherwise go to every member.
	 */
	static java.util.Optional<String> stillNames(String html, String leadName, String memberName) {
		if (leadName == null || leadName.isBlank() || leadName.equalsIgnoreCase(memberName)) {
			return java.util.Optional.empty();
		}
		List<String> names = WORDS.matcher(leadName).results().map(m -> m.group()).filter(w -> w.length() > 1)
				.filter(w -> HONORIFICS.stream().noneMatch(w::equalsIgnoreCase)).toList();
		if (names.isEmpty()) {
			return java.util.Optional.empty();
		}
		List<String> giveaways = new java.util.ArrayList<>();
		giveaways.add(leadName.strip());
		giveaways.add("Dear " + names.get(0));
		String surname = names.get(names.size() - 1);
		HONORIFICS.forEach(title -> giveaways.add(title + " " + surname));
		HONORIFICS.forEach(title -> giveaways.add(title + ". " + surname));
		String text = org.jsoup.Jsoup.parse(html).text().replaceAll("\\s+", " ");
		String member = memberName == null ? "" : memberName;
		return giveaways.stream().filter(g -> !member.toLowerCase(java.util.Locale.ROOT).contains(lastWord(g)))
				.filter(g -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(g) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE)
						.matcher(text).find())
				.findFirst();
	}

	private static String lastWord(String phrase) {
		String[] words = phrase.toLowerCase(java.util.Locale.ROOT).split(" ");
		return words[words.length - 1];
	}
}
