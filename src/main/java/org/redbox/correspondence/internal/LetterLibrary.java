package org.redbox.correspondence.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.redbox.contacts.LanguagePreference;
import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.LetterTemplate;
import org.redbox.correspondence.StandardLine;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An office's letter templates and standard lines, kept by its managers. Bodies are cleaned to
 * the letter safelist before the template or line checks them, so what is stored is safe.
 */
@Service
@Transactional
public class LetterLibrary {

	private final LetterTemplates templates;
	private final StandardLines lines;
	private final CaseRecords records;

	LetterLibrary(LetterTemplates templates, StandardLines lines, CaseRecords records) {
		this.templates = templates;
		this.lines = lines;
		this.records = records;
	}

	@Transactional(readOnly = true)
	public List<LetterTemplate> templates(SignedInStaff by, OfficeId office) {
		requireManager(by, office);
		return templates.findByOfficeIdOrderByName(office.value());
	}

	@Transactional(readOnly = true)
	public List<StandardLine> lines(SignedInStaff by, OfficeId office) {
		requireManager(by, office);
		return lines.findByOfficeIdOrderByTopicAscTitleAsc(office.value());
	}

	@Transactional(readOnly = true)
	public LetterTemplate template(SignedInStaff by, UUID id) {
		LetterTemplate t = templates.findById(id).orElseThrow(CaseNotFound::new);
		requireManager(by, t.officeId());
		return t;
	}

	@Transactional(readOnly = true)
	public StandardLine line(SignedInStaff by, UUID id) {
		StandardLine line = lines.findById(id).orElseThrow(CaseNotFound::new);
		requireManager(by, line.officeId());
		return line;
	}

	/** Adds a template ({@code id} null) or changes one; refused with a reason the page shows. */
	public LetterTemplate saveTemplate(SignedInStaff by, UUID id, OfficeId office, String name,
			LanguagePreference language, Set<CaseType> types, String body) {
		String safe = ReplySanitiser.sanitise(body);
		if (id == null) {
			requireManager(by, office);
			return templates.save(LetterTemplate.create(office, name, language, types, safe, by.actor(), records.now()));
		}
		LetterTemplate t = template(by, id);
		t.revise(name, language, types, safe, by.actor(), records.now());
		return templates.save(t);
	}

	/** Adds a standard line ({@code id} null) or changes one. */
	public StandardLine saveLine(SignedInStaff by, UUID id, OfficeId office, String topic, String title, String body,
			LocalDate expiresOn) {
		String safe = ReplySanitiser.sanitise(body);
		if (id == null) {
			requireManager(by, office);
			return lines.save(StandardLine.create(office, topic, title, safe, expiresOn, by.actor(), records.now()));
		}
		StandardLine line = line(by, id);
		line.revise(topic, title, safe, expiresOn, by.actor(), records.now());
		return lines.save(line);
	}

	static void requireManager(SignedInStaff by, OfficeId office) {
		if (office == null || !CaseAccessPolicy.isManager(by, office)) {
			throw new AccessDeniedException("Only the office's managers keep its letter templates and standard lines");
		}
	}
}
