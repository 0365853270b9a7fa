package org.redbox.correspondence;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.redbox.contacts.LanguagePreference;
import org.redbox.shared.Actor;
import org.redbox.shared.OfficeId;
import org.redbox.shared.SecurityMarking;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An office's letter template: a name, a language, the case types it suits (none: every type)
 * and a body of safe HTML with {@link MergeFields merge fields}. A template that uses a field
 * Redbox does not know cannot be saved.
 */
@Entity
@Table(name = "letter_template")
public class LetterTemplate extends AbstractAggregateRoot<LetterTemplate> {

	@Id
	private UUID id;
	@Column(name = "office_id")
	private UUID officeId;
	private String name;
	@Enumerated(EnumType.STRING)
	private LanguagePreference language;
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "letter_template_case_type", joinColumns = @JoinColumn(name = "template_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "case_type")
	private Set<CaseType> caseTypes = new LinkedHashSet<>();
	@Column(name = "body_html")
	private String bodyHtml;
	@Embedded
	private SecurityMarking marking;
	@Column(name = "updated_at")
	private Instant updatedAt;
	/** Null until first saved, so that saving a new template persists it. */
	@Version
	private Long version;

	protected LetterTemplate() {
	}

	/** A new template; {@code safeBody} has already been cleaned to the letter safelist. */
	public static LetterTemplate create(OfficeId office, String name, LanguagePreference language, Set<CaseType> types,
			String safeBody, Actor by, Instant now) {
		var t = new LetterTemplate();
		t.id = UUID.randomUUID();
		t.officeId = office.value();
		t.marking = SecurityMarking.OFFICIAL;
		t.revise(name, language, types, safeBody, by, now);
		return t;
	}

	public void revise(String newName, LanguagePreference newLanguage, Set<CaseType> types, String safeBody, Actor by,
			Instant now) {
		requireText(newName, "Enter the template's name");
		requireText(safeBody, "Write the template's text");
		List<String> unknown = MergeFields.unknownIn(safeBody);
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException(MergeFields.describeUnknown(unknown));
		}
		name = newName.strip();
		language = newLanguage == null ? LanguagePreference.ENGLISH : newLanguage;
		caseTypes.clear();
		if (types != null) {
			caseTypes.addAll(types);
		}
		bodyHtml = safeBody;
		updatedAt = now;
		registerEvent(new LetterTemplateSaved(officeId(), id, name, language, by, now));
	}

	/** Suits a case of {@code type}: it names the type, or names none. */
	public boolean suits(CaseType type) {
		return caseTypes.isEmpty() || caseTypes.contains(type);
	}

	public String mergeFor(LetterContext context) {
		return MergeFields.merge(bodyHtml, context);
	}

	static void requireText(String value, String message) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(message);
		}
	}

	public UUID id() {
		return id;
	}

	public OfficeId officeId() {
		return new OfficeId(officeId);
	}

	public String name() {
		return name;
	}

	public LanguagePreference language() {
		return language;
	}

	public Set<CaseType> caseTypes() {
		return caseTypes.isEmpty() ? Set.of() : EnumSet.copyOf(caseTypes);
	}

	public String bodyHtml() {
		return bodyHtml;
	}
}
