package org.redbox.correspondence.internal;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.redbox.contacts.ContactSummary;
import org.redbox.contacts.LanguagePreference;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.LetterTemplate;
import org.redbox.correspondence.Stage;
import org.redbox.correspondence.StandardLine;
import org.redbox.directory.SignedInStaff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a reply from a template: the drafter picks a template (a Welsh one is offered first
 * when the correspondent writes in Welsh and the office has one) and ticks standard lines on
 * the case's topics that have not expired; Redbox merges them and saves the draft, which the
 * drafter then edits as usual.
 */
@Service
@Transactional
public class LetterDrafting {

	private final LetterTemplates templates;
	private final StandardLines lines;
	private final LetterContexts contexts;
	private final CaseRecords records;
	private final CaseWork work;

	LetterDrafting(LetterTemplates templates, StandardLines lines, LetterContexts contexts, CaseRecords records,
			CaseWork work) {
		this.templates = templates;
		this.lines = lines;
		this.contexts = contexts;
		this.records = records;
		this.work = work;
	}

	/** What the drafter of the case is offered; nothing unless the case is at drafting. */
	@Transactional(readOnly = true)
	public LetterOptions optionsFor(SignedInStaff by, UUID caseId) {
		CaseFile c = records.visible(by, caseId);
		return c.stage() == Stage.DRAFTING ? optionsFor(c) : null;
	}

	private LetterOptions optionsFor(CaseFile c) {
		LanguagePreference language = contexts.addressee(c).map(ContactSummary::language).orElse(LanguagePreference.ENGLISH);
		List<LetterTemplate> suitable = templates.findByOfficeIdOrderByName(c.officeId().value()).stream()
				.filter(t -> t.suits(c.type()))
				.sorted(Comparator.comparing((LetterTemplate t) -> t.language() != language)).toList();
		UUID preselected = suitable.stream().findFirst().map(LetterTemplate::id).orElse(null);
		return new LetterOptions(suitable, preselected, offeredLines(c), language);
	}

	/** Replaces the draft with the template merged for this case, with the chosen standard lines. */
	public void draftFromTemplate(SignedInStaff by, UUID caseId, UUID templateId, List<UUID> lineIds) {
		CaseFile c = records.visible(by, caseId);
		if (c.stage() != Stage.DRAFTING) {
			throw new IllegalStateException("A reply is started from a template while drafting, not at "
					+ c.stage().displayName());
		}
		LetterTemplate template = templateId == null ? null : templates.findById(templateId)
				.filter(t -> t.officeId().equals(c.officeId())).orElse(null);
		if (template == null) {
			throw new IllegalArgumentException("Choose one of the office's templates");
		}
		List<StandardLine> offered = offeredLines(c);
		List<String> chosen = (lineIds == null ? List.<UUID>of() : lineIds).stream()
				.map(id -> offered.stream().filter(l -> l.id().equals(id)).findFirst()
						.orElseThrow(() -> new IllegalArgumentException("That standard line is not offered for this case")))
				.map(StandardLine::bodyHtml).toList();
		String html = template.mergeFor(contexts.of(c, template.language()).withStandardLines(chosen));
		work.saveDraft(by, caseId, html);
	}

	private List<StandardLine> offeredLines(CaseFile c) {
		var today = records.today();
		return lines.findByOfficeIdOrderByTopicAscTitleAsc(c.officeId().value()).stream()
				.filter(l -> c.topics().stream().anyMatch(topic -> topic.equalsIgnoreCase(l.topic())))
				.filter(l -> l.isOfferedOn(today)).toList();
	}

	/** Templates suiting the case (the correspondent's language first), the one to preselect, and the lines on offer. */
	public record LetterOptions(List<LetterTemplate> templates, UUID preselected, List<StandardLine> lines,
			LanguagePreference language) {
	}
}
