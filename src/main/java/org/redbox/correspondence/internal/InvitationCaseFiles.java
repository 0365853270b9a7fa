package org.redbox.correspondence.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.redbox.contacts.ContactSummary;
import org.redbox.contacts.LanguagePreference;
import org.redbox.correspondence.CaseAccessPolicy;
import org.redbox.correspondence.CaseFile;
import org.redbox.correspondence.CaseFileId;
import org.redbox.correspondence.CaseType;
import org.redbox.correspondence.InvitationCases;
import org.redbox.correspondence.MergeFields;
import org.redbox.correspondence.Stage;
import org.redbox.directory.SignedInStaff;
import org.redbox.shared.OfficeId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Invitation cases for the diary; see {@link InvitationCases}. */
@Service
@Transactional(readOnly = true)
class InvitationCaseFiles implements InvitationCases {

	private final CaseRecords records;
	private final LetterContexts contexts;

	InvitationCaseFiles(CaseRecords records, LetterContexts contexts) {
		this.records = records;
		this.contexts = contexts;
	}

	@Override
	public Optional<InvitationCase> find(SignedInStaff viewer, CaseFileId id) {
		return records.repository().findById(id.value()).filter(c -> c.type() == CaseType.INVITATION)
				.filter(c -> CaseAccessPolicy.mayView(viewer, c)).map(this::view);
	}

	@Override
	public List<InvitationCase> open(SignedInStaff viewer, OfficeId office) {
		if (!CaseAccessPolicy.mayViewCasesOf(viewer, office)) {
			return List.of();
		}
		return records.repository().findByOfficeIdAndTypeAndStageIn(office.value(), CaseType.INVITATION, Stage.open()).stream()
				.filter(c -> CaseAccessPolicy.mayView(viewer, c)).sorted(Comparator.comparing(CaseFile::receivedOn))
				.map(this::view).toList();
	}

	@Override
	@Transactional
	public void draftDecidedReply(SignedInStaff by, CaseFileId id, String templateHtml) {
		CaseFile c = records.visible(by, id.value());
		if (!CaseAccessPolicy.mayWork(by, c.officeId())) {
			throw new AccessDeniedException("Only the office's staff draft its replies");
		}
		if (c.type() != CaseType.INVITATION) {
			throw new IllegalStateException(c.reference() + " is not an invitation");
		}
		LanguagePreference language = contexts.addressee(c).map(ContactSummary::language).orElse(LanguagePreference.ENGLISH);
		String html = MergeFields.merge(templateHtml, contexts.of(c, language));
		String drafter = by.actor().name();
		c.draftDecidedReply(ReplySanitiser.sanitise(html), by.id(), drafter, by.actor(), records.now());
		records.save(c);
	}

	private InvitationCase view(CaseFile c) {
		String writer = records.correspondentsOf(c).stream().findFirst().map(ContactSummary::name).orElse(null);
		return new InvitationCase(c.id(), c.officeId(), c.reference(), c.subject(), writer, c.receivedOn(), c.deadline(),
				c.stage(), c.reputationalRisk(), java.util.Set.copyOf(c.topics()), c.marking().isSensitive(), c.incomingText());
	}
}
